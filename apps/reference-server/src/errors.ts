import { ForgeError, type ForgeErrorOptions } from '@smartapiforge/errors';

/**
 * An error the HTTP layer turns into an RFC 9457 problem: `status` is the HTTP status, `code` the
 * stable problem type (served as `/problems/<code>`), `retryAfterSeconds` becomes a Retry-After header.
 */
export class ServerError extends ForgeError {
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: ForgeErrorOptions & { retryAfterSeconds?: number } = {},
  ) {
    super(code, message, options);
    this.status = status;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new ServerError(400, 'invalid_request', message, details ? { details } : {});

export const unauthorized = (message: string) => new ServerError(401, 'unauthorized', message);

export const notFound = (what: string) =>
  new ServerError(404, 'not_found', `${what} does not exist or belongs to someone else.`);

/** Quotas and rate limits: always retryable later, and always say when. */
export const tooManyRequests = (code: string, message: string, retryAfterSeconds: number) =>
  new ServerError(429, code, message, {
    isRetryable: true,
    retryAfterSeconds,
    details: { retryAfterSeconds },
  });
