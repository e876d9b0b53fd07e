const marker = Symbol.for('smartapiforge.error');

export interface ForgeErrorOptions {
  /** The underlying failure, kept for logs and debugging. */
  cause?: unknown;
  /** Whether the same call may succeed if tried again (timeouts, rate limits, flaky networks). */
  isRetryable?: boolean;
  /** Structured facts for callers and logs (paths, stage names, exit codes). */
  details?: Record<string, unknown>;
}

/**
 * Base of every error SmartAPIForge throws. `code` is stable and machine-readable; the message says
 * what went wrong and what to do next. `isInstance` works across duplicated package copies, where
 * `instanceof` does not.
 */
export class ForgeError extends Error {
  readonly [marker] = true;
  readonly code: string;
  readonly isRetryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, options: ForgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
    this.details = options.details ?? {};
  }

  static isInstance(error: unknown): error is ForgeError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}
