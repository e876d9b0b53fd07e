import { ForgeError } from '@smartapiforge/errors';

export type LLMErrorCode =
  | 'llm_auth'
  | 'llm_rate_limited'
  | 'llm_timeout'
  | 'llm_server_error'
  | 'llm_unreachable'
  | 'llm_bad_request'
  | 'llm_invalid_response';

interface LLMErrorOptions {
  /** The provider id (`ollama`, `huggingface`, `openai-compatible`). */
  provider: string;
  status?: number;
  cause?: unknown;
  details?: Record<string, unknown>;
}

/**
 * Base of every failure a model provider reports. Planner chains read `code` and `isRetryable` to
 * decide whether to try the next planner; they never need to parse a message.
 */
export class LLMError extends ForgeError {
  declare readonly code: LLMErrorCode;
  readonly provider: string;
  /** The HTTP status the provider answered with, where there was one. */
  readonly status: number | undefined;

  constructor(code: LLMErrorCode, message: string, retryable: boolean, options: LLMErrorOptions) {
    super(code, message, {
      cause: options.cause,
      isRetryable: retryable,
      details: { provider: options.provider, status: options.status, ...options.details },
    });
    this.provider = options.provider;
    this.status = options.status;
  }
}

/** 401/403: the credentials are missing or wrong; retrying will not help. */
export class LLMAuthError extends LLMError {
  constructor(options: LLMErrorOptions) {
    super(
      'llm_auth',
      `${options.provider} rejected the credentials (HTTP ${options.status}); check the token or API key.`,
      false,
      options,
    );
  }
}

/** 429: too many requests; `retryAfterMs` comes from the Retry-After header when the provider sends one. */
export class LLMRateLimitError extends LLMError {
  readonly retryAfterMs: number | undefined;

  constructor(options: LLMErrorOptions & { retryAfterMs?: number }) {
    const wait = options.retryAfterMs === undefined ? '' : ` after ${options.retryAfterMs} ms`;
    super('llm_rate_limited', `${options.provider} is rate limiting requests; retry${wait}.`, true, {
      ...options,
      details: { retryAfterMs: options.retryAfterMs },
    });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The model did not answer within the time allowed. */
export class LLMTimeoutError extends LLMError {
  constructor(options: LLMErrorOptions & { timeoutMs?: number }) {
    const limit = options.timeoutMs === undefined ? '' : ` within ${options.timeoutMs} ms`;
    super(
      'llm_timeout',
      `${options.provider} did not answer${limit}; retry, raise the timeout or use a smaller model.`,
      true,
      options,
    );
  }
}

/** 5xx: the provider failed; a later try may succeed. */
export class LLMServerError extends LLMError {
  constructor(options: LLMErrorOptions & { message?: string }) {
    super(
      'llm_server_error',
      `${options.provider} failed (HTTP ${options.status})${options.message ? `: ${options.message}` : ''}; retry later.`,
      true,
      options,
    );
  }
}

/** The provider could not be reached at all (connection refused, DNS, reset). */
export class LLMConnectionError extends LLMError {
  constructor(options: LLMErrorOptions & { url: string }) {
    super(
      'llm_unreachable',
      `Cannot reach ${options.provider} at ${options.url}; is the server running and the URL right?`,
      true,
      options,
    );
  }
}

/** Any other 4xx: the request itself is wrong (unknown model, unsupported option). */
export class LLMRequestError extends LLMError {
  constructor(options: LLMErrorOptions & { message?: string }) {
    super(
      'llm_bad_request',
      `${options.provider} refused the request (HTTP ${options.status})${options.message ? `: ${options.message}` : ''}; check the model name and settings.`,
      false,
      options,
    );
  }
}

/** The answer was not the JSON asked for (cut off, prose, broken syntax). Retrying may give valid JSON. */
export class LLMInvalidResponseError extends LLMError {
  /** The text the model returned, cut to 2,000 characters, for repair prompts and logs. */
  readonly text: string;

  constructor(options: LLMErrorOptions & { text: string; reason: string }) {
    super('llm_invalid_response', `${options.provider} returned unusable output: ${options.reason}.`, true, {
      ...options,
      details: { text: options.text.slice(0, 2000) },
    });
    this.text = options.text.slice(0, 2000);
  }
}
