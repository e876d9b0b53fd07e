import { ForgeError, type ForgeErrorOptions } from '@smartapiforge/errors';

/** The app did not build or start; `details.logTail` holds the last log lines. */
export class DeployFailedError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_failed', message, options);
  }
}

/** The app did not become healthy in time. */
export class DeployTimeoutError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_timeout', message, { isRetryable: true, ...options });
  }
}

/** The platform refused our credentials. */
export class DeployAuthError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_auth', message, options);
  }
}

/** The platform refused the deploy for billing reasons: plan limits reached or payment required. */
export class DeployQuotaError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_quota', message, options);
  }
}

/** The platform kept rate-limiting us; `details.retryAfterMs` says when it will accept calls again. */
export class DeployRateLimitError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_rate_limited', message, { isRetryable: true, ...options });
  }
}

/** The platform's API answered with an error we have no more specific class for (`details.status`). */
export class DeployApiError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_api', message, options);
  }
}

/** The deployer is missing a setting it cannot work without. */
export class DeployConfigError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_config', message, options);
  }
}

/** The deployer cannot do what was asked of this deployment (e.g. switch it to a new version in place). */
export class DeployUnsupportedError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('deploy_unsupported', message, options);
  }
}
