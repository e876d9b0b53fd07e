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
