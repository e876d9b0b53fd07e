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

/**
 * A cloud provider cannot give the sandbox a host folder: it has no access to this machine's disk, and
 * the folder is not one its runtime template already holds (nor small enough to upload).
 * `details` names the provider and the mount.
 */
export class SandboxMountError extends ForgeError {
  constructor(message: string, options?: ForgeErrorOptions) {
    super('sandbox_mount_unsupported', message, options);
  }
}
