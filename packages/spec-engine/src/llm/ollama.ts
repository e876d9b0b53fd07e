import type { ChatResponse } from 'ollama';
import type { LLMGenerateObjectOptions, LLMGenerateObjectResult, LLMProviderV1 } from './llm-provider.js';
import {
  chatMessages,
  DEFAULT_PROVIDER_TIMEOUT_MS,
  errorForStatus,
  observingFetch,
  parseModelJson,
  runProviderCall,
} from './provider-call.js';

export interface OllamaSettings {
  /** Server URL; defaults to `OLLAMA_HOST`, then `http://127.0.0.1:11434`. */
  readonly host?: string;
  /** Model tag; defaults to `mistral:7b`, the PRD's local model. */
  readonly model?: string;
  /** Injected for tests and proxies; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Per-request limit; planners usually pass a tighter signal. */
  readonly timeoutMs?: number;
}

const PROVIDER = 'ollama';

/**
 * A local Ollama server through the official `ollama` client: `/api/chat` with `format` set to the JSON
 * Schema (Ollama's structured output), temperature in `options`, NDJSON streaming when asked. The
 * client is imported on first use, so an unused adapter costs nothing.
 */
export function createOllama(settings: OllamaSettings = {}): LLMProviderV1 {
  const host = settings.host ?? process.env['OLLAMA_HOST'] ?? 'http://127.0.0.1:11434';
  const modelId = settings.model ?? 'mistral:7b';
  const context = {
    provider: PROVIDER,
    url: host,
    timeoutMs: settings.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS,
  };
  return {
    specificationVersion: 'v1',
    provider: PROVIDER,
    modelId,
    generateObject: (options) =>
      runProviderCall(context, options.signal, async (signal) => {
        const { Ollama } = await import('ollama');
        const observed = observingFetch(settings.fetch ?? fetch, signal);
        const client = new Ollama({ host, fetch: observed.fetch });
        try {
          return await chat(client, modelId, options);
        } catch (error) {
          // The client's ResponseError keeps the status but drops headers, hence the observed response.
          if (isResponseError(error))
            throw errorForStatus(PROVIDER, error.status_code, observed.lastResponse()?.headers, error.error);
          throw error;
        }
      }),
  };
}

async function chat(
  client: import('ollama').Ollama,
  modelId: string,
  options: LLMGenerateObjectOptions,
): Promise<LLMGenerateObjectResult> {
  const request = {
    model: modelId,
    messages: chatMessages(options),
    format: options.schema,
    options: { temperature: options.temperature ?? 0 },
  };
  let final: ChatResponse;
  let text = '';
  if (options.onTextDelta === undefined) {
    final = await client.chat({ ...request, stream: false });
    text = final.message.content;
  } else {
    let last: ChatResponse | undefined;
    for await (const part of await client.chat({ ...request, stream: true })) {
      text += part.message.content;
      if (part.message.content !== '') options.onTextDelta(part.message.content);
      last = part;
    }
    // The client throws when a stream ends without its `done` message, so `last` is the final one.
    final = last!;
  }
  return {
    object: parseModelJson(PROVIDER, text),
    text,
    usage: { inputTokens: final.prompt_eval_count, outputTokens: final.eval_count },
    modelId: final.model || modelId,
  };
}

/** The client's ResponseError class is not exported, so it is recognised by shape. */
function isResponseError(error: unknown): error is { status_code: number; error: string } {
  return (
    error instanceof Error &&
    error.name === 'ResponseError' &&
    typeof (error as { status_code?: unknown }).status_code === 'number'
  );
}
