import { ForgeError, type ForgeErrorOptions } from '@smartapiforge/errors';

/** The sandbox could not be created: the isolation tool is missing or the platform refuses it. */
export class SandboxUnavailableError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('sandbox_unavailable', message, options);
  }
}

/** A command ran past its wall-clock limit and was killed. */
export class SandboxTimeoutError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('sandbox_timeout', message, { isRetryable: true, ...options });
  }
}

/** A command hit a memory, process or output limit and was killed. */
export class SandboxResourceLimitError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('sandbox_resource_limit', message, options);
  }
}
