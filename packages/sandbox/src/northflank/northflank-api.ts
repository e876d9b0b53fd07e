import { SandboxUnavailableError } from '../errors.js';

export interface NorthflankApiOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly fetch: typeof globalThis.fetch;
  /** Retries for 429 and 5xx, which Northflank documents as transient. */
  readonly retries: number;
}

/** Longest we honour a Retry-After for; a longer one fails fast rather than stalling a pipeline. */
const MAX_RETRY_AFTER_MS = 10_000;

/**
 * Plain-fetch client for the Northflank REST API v1: bearer auth, JSON bodies, `{ data }` replies.
 * 401/403 become SandboxUnavailableError naming the token to set; 429 and 5xx are retried with
 * Retry-After (or a short backoff), then reported as retryable.
 */
export function northflankApi(options: NorthflankApiOptions) {
  return async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const response = await options
        .fetch(new URL(path, options.baseUrl), {
          method,
          headers: {
            authorization: `Bearer ${options.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        })
        .catch((error: unknown) => {
          if (signal?.aborted) throw error;
          throw new SandboxUnavailableError(`Northflank could not be reached (${method} ${path}).`, {
            cause: error,
            isRetryable: true,
            details: { provider: 'northflank' },
          });
        });
      const text = await response.text();
      if (response.ok) return (text ? (JSON.parse(text) as { data: T }).data : undefined) as T;
      const transient = response.status === 429 || response.status >= 500;
      const waitMs = retryDelay(response, attempt);
      if (transient && attempt < options.retries && waitMs <= MAX_RETRY_AFTER_MS) {
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        continue;
      }
      throw apiError(method, path, response.status, text);
    }
  };
}

export type NorthflankRequest = ReturnType<typeof northflankApi>;

function retryDelay(response: Response, attempt: number): number {
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) && header >= 0 && response.headers.has('retry-after')
    ? header * 1000
    : 200 * 2 ** attempt;
}

function apiError(method: string, path: string, status: number, text: string): SandboxUnavailableError {
  let reason = text.slice(0, 300);
  try {
    reason = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? reason;
  } catch {
    // Not JSON (a proxy's HTML page); keep the raw text.
  }
  const details = { provider: 'northflank', status, method, path };
  if (status === 401 || status === 403) {
    return new SandboxUnavailableError(
      `Northflank refused the API token (${status}: ${reason}). Set NORTHFLANK_API_TOKEN (or pass token) to a token with the project's Jobs permissions.`,
      { details },
    );
  }
  return new SandboxUnavailableError(`Northflank ${method} ${path} failed with ${status}: ${reason}`, {
    details,
    isRetryable: status === 429 || status >= 500,
  });
}
