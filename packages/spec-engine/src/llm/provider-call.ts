import {
  LLMAuthError,
  LLMConnectionError,
  LLMError,
  LLMInvalidResponseError,
  LLMRateLimitError,
  LLMRequestError,
  LLMServerError,
  LLMTimeoutError,
} from './llm-errors.js';

/** Generous by default: a local 7B model on a CPU can take tens of seconds; planners set tighter limits. */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 60_000;

export interface CallContext {
  readonly provider: string;
  /** Where requests go; named in connection errors. */
  readonly url: string;
  readonly timeoutMs: number;
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The typed error for a non-2xx answer; `message` is the provider's own explanation when it gave one. */
export function errorForStatus(
  provider: string,
  status: number,
  headers: Headers | undefined,
  message?: string,
): LLMError {
  if (status === 401 || status === 403) return new LLMAuthError({ provider, status });
  if (status === 429) {
    return new LLMRateLimitError({
      provider,
      status,
      retryAfterMs: parseRetryAfter(headers?.get('retry-after')),
    });
  }
  if (status >= 500) return new LLMServerError({ provider, status, message });
  return new LLMRequestError({ provider, status, message });
}

/** Reads the explanation out of an error body: `{error: "..."}`, `{error: {message}}` or plain text. */
export async function errorMessage(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const error = body.error;
    if (typeof error === 'string') return error;
    if (
      typeof error === 'object' &&
      error !== null &&
      typeof (error as { message?: unknown }).message === 'string'
    )
      return (error as { message: string }).message;
    if (typeof body.message === 'string') return body.message;
    if (typeof body.detail === 'string') return body.detail;
  } catch {
    // not JSON: fall through to the text itself
  }
  return text.trim().slice(0, 500) || undefined;
}

/**
 * Parses a model's answer as JSON. Models sometimes wrap JSON in a Markdown fence even in structured
 * mode, so one surrounding fence is tolerated; anything else that is not JSON is an invalid response.
 */
export function parseModelJson(provider: string, text: string): unknown {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/.exec(text);
  const body = fenced ? fenced[1]! : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw new LLMInvalidResponseError({
      provider,
      text,
      cause,
      reason:
        text.trim() === ''
          ? 'the answer was empty'
          : `the answer is not valid JSON (${(cause as Error).message})`,
    });
  }
}

/**
 * Runs one provider request under the caller's signal and the provider's own timeout, and turns every
 * way it can fail into a typed LLMError. A caller's plain abort is passed through unchanged (it is
 * not the provider's fault); an abort whose reason is a TimeoutError counts as a timeout.
 */
export async function runProviderCall<T>(
  context: CallContext,
  callerSignal: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  callerSignal?.throwIfAborted();
  const timeout = AbortSignal.timeout(context.timeoutMs);
  const signal = callerSignal === undefined ? timeout : AbortSignal.any([callerSignal, timeout]);
  try {
    return await run(signal);
  } catch (error) {
    if (timeout.aborted)
      throw new LLMTimeoutError({ provider: context.provider, timeoutMs: context.timeoutMs, cause: error });
    if (callerSignal?.aborted) {
      const reason: unknown = callerSignal.reason;
      if (reason instanceof Error && reason.name === 'TimeoutError')
        throw new LLMTimeoutError({ provider: context.provider, cause: reason });
      throw reason;
    }
    if (error instanceof LLMError) throw error;
    if (error instanceof SyntaxError)
      throw new LLMInvalidResponseError({
        provider: context.provider,
        text: '',
        cause: error,
        reason: 'the response body is not valid JSON',
      });
    if (error instanceof TypeError && error.cause !== undefined)
      throw new LLMConnectionError({ provider: context.provider, url: context.url, cause: error });
    throw error;
  }
}

/**
 * Wraps a fetch so that every request carries `signal` (client libraries do not all accept one per
 * call) and the last response is kept (their errors drop headers such as Retry-After).
 */
export function observingFetch(
  base: typeof fetch,
  signal: AbortSignal,
): { fetch: typeof fetch; lastResponse: () => Response | undefined } {
  let last: Response | undefined;
  const wrapped = async (input: string | URL | Request, init: RequestInit = {}) => {
    const combined = init.signal ? AbortSignal.any([init.signal, signal]) : signal;
    last = await base(input, { ...init, signal: combined });
    return last;
  };
  return { fetch: wrapped as typeof fetch, lastResponse: () => last };
}

/** The chat messages every adapter sends: the framing as a system message, then the prompt. */
export function chatMessages(options: {
  system?: string;
  prompt: string;
}): { role: 'system' | 'user'; content: string }[] {
  return [
    ...(options.system === undefined ? [] : [{ role: 'system' as const, content: options.system }]),
    { role: 'user' as const, content: options.prompt },
  ];
}
