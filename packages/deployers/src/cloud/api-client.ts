import { DeployApiError, DeployAuthError, DeployQuotaError, DeployRateLimitError } from '../errors.js';
import { sleep } from './poll.js';

export interface ApiClientOptions {
  /** Platform name for messages, e.g. `Vercel`. */
  readonly platform: string;
  /** The environment variable the token comes from, named in auth errors. */
  readonly tokenEnv: string;
  readonly baseUrl: string;
  /** Full value of the Authorization header. */
  readonly authorization: string;
  readonly fetch?: typeof fetch;
  /** Added to every request's query string (e.g. Vercel's `teamId`). */
  readonly query?: Readonly<Record<string, string | undefined>>;
  /** How often a 429 is waited out before giving up. Default 3. */
  readonly rateLimitRetries?: number;
  /** A 429 asking for a longer wait than this fails at once instead. Default 60 s. */
  readonly maxRetryAfterMs?: number;
}

export interface ApiRequest {
  readonly method?: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as is (file uploads); `headers` should then carry the content type. */
  readonly body?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Statuses the caller handles itself (e.g. 404 on an idempotent delete) instead of an error. */
  readonly accept?: readonly number[];
  readonly signal?: AbortSignal;
}

export interface ApiResponse<T> {
  readonly status: number;
  readonly data: T;
}

export type ApiClient = <T = unknown>(path: string, request?: ApiRequest) => Promise<ApiResponse<T>>;

/** Without Retry-After or a reset header, a 429 is retried after this long. */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * A small JSON client shared by the cloud adapters: one place for auth, the team/org query, waiting
 * out rate limits, and turning platform errors into typed deploy errors.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? fetch;
  const retries = options.rateLimitRetries ?? 3;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;

  return async function call<T>(path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
    const url = new URL(options.baseUrl.replace(/\/$/, '') + path);
    for (const [key, value] of Object.entries({ ...options.query, ...request.query })) {
      if (value !== undefined) url.searchParams.set(key, value);
    }
    const method = request.method ?? 'GET';
    for (let attempt = 0; ; attempt++) {
      const response = await doFetch(url, {
        method,
        headers: {
          authorization: options.authorization,
          accept: 'application/json',
          ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
          ...request.headers,
        },
        body: request.json === undefined ? request.body : JSON.stringify(request.json),
        signal: request.signal,
      }).catch((error: unknown) => {
        if (request.signal?.aborted) throw error;
        throw new DeployApiError(`Could not reach the ${options.platform} API (${method} ${url.pathname}).`, {
          cause: error,
          isRetryable: true,
        });
      });
      const data = await readBody(response);
      if (response.ok || request.accept?.includes(response.status))
        return { status: response.status, data: data as T };
      if (response.status === 429) {
        const waitMs = retryAfterMs(response.headers);
        if (attempt < retries && waitMs <= maxRetryAfterMs) {
          await sleep(waitMs, request.signal);
          continue;
        }
        throw new DeployRateLimitError(
          `The ${options.platform} API is rate-limiting us; try again in ${Math.ceil(waitMs / 1000)} s.`,
          { details: { retryAfterMs: waitMs, ...describe(method, url, response, data) } },
        );
      }
      throw errorFor(options, response.status, describe(method, url, response, data));
    }
  };
}

function errorFor(options: ApiClientOptions, status: number, details: Record<string, unknown>): Error {
  const said = details.message ? `: ${String(details.message)}` : '';
  if (status === 401 || status === 403) {
    return new DeployAuthError(
      `${options.platform} refused our credentials (${status}${said}). Check that ${options.tokenEnv} holds a valid token with access to this team or organisation.`,
      { details },
    );
  }
  if (status === 402) {
    return new DeployQuotaError(
      `${options.platform} refused the deploy for billing reasons (402${said}). Check the account's plan and limits.`,
      { details },
    );
  }
  return new DeployApiError(
    `${options.platform} answered ${details.method} ${details.path} with ${status}${said}.`,
    { details, isRetryable: status >= 500 },
  );
}

/** The facts a caller needs to act on an API error: the platform's own code, message and body. */
function describe(method: string, url: URL, response: Response, data: unknown): Record<string, unknown> {
  const error = (data as { error?: unknown } | undefined)?.error;
  const nested = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const message = nested.message ?? (typeof error === 'string' ? error : undefined);
  return {
    method,
    path: url.pathname,
    status: response.status,
    ...(nested.code === undefined ? {} : { platformCode: nested.code }),
    ...(message === undefined ? {} : { message }),
    response: data,
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Retry-After in seconds or as an HTTP date; failing that, Vercel's X-RateLimit-Reset (epoch seconds). */
export function retryAfterMs(headers: Headers, now = Date.now()): number {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (reset > 0) return Math.max(0, reset * 1000 - now);
  return DEFAULT_RETRY_AFTER_MS;
}
