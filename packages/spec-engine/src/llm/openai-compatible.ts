import type {
  LLMGenerateObjectOptions,
  LLMGenerateObjectResult,
  LLMProviderV1,
  LLMUsage,
} from './llm-provider.js';
import { LLMInvalidResponseError, LLMServerError } from './llm-errors.js';
import {
  chatMessages,
  DEFAULT_PROVIDER_TIMEOUT_MS,
  errorForStatus,
  errorMessage,
  parseModelJson,
  runProviderCall,
} from './provider-call.js';
import { readSseData } from './sse.js';

export interface OpenAICompatibleSettings {
  /** The API root including its version, e.g. `http://127.0.0.1:8000/v1` (vLLM) or `https://openrouter.ai/api/v1`. */
  readonly baseUrl: string;
  /** Sent as a bearer token; local servers usually need none. */
  readonly apiKey?: string;
  readonly model: string;
  /** Reported as the provider id; defaults to `openai-compatible`. */
  readonly name?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

interface ChatCompletion {
  model?: string;
  choices?: {
    message?: { content?: string | null; refusal?: string | null };
    delta?: { content?: string | null };
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string } | string;
}

/**
 * Any server speaking OpenAI's `/chat/completions` (vLLM, llama.cpp server, LM Studio, OpenRouter):
 * structured output through `response_format: { type: 'json_schema' }`, SSE streaming with usage in
 * the last chunk. Plain fetch: the wire format is small and stable, so no client library is needed.
 */
export function createOpenAICompatible(settings: OpenAICompatibleSettings): LLMProviderV1 {
  const provider = settings.name ?? 'openai-compatible';
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const context = { provider, url, timeoutMs: settings.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS };
  return {
    specificationVersion: 'v1',
    provider,
    modelId: settings.model,
    generateObject: (options) =>
      runProviderCall(context, options.signal, async (signal) => {
        const streaming = options.onTextDelta !== undefined;
        const response = await (settings.fetch ?? fetch)(url, {
          method: 'POST',
          signal,
          headers: {
            'content-type': 'application/json',
            accept: streaming ? 'text/event-stream' : 'application/json',
            ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
          },
          body: JSON.stringify(openAIChatBody(settings.model, options)),
        });
        if (!response.ok)
          throw errorForStatus(provider, response.status, response.headers, await errorMessage(response));
        const answer = streaming
          ? await readStream(provider, response, options.onTextDelta!)
          : readCompletion(provider, (await response.json()) as ChatCompletion);
        return {
          ...answer,
          object: parseModelJson(provider, answer.text),
          modelId: answer.modelId ?? settings.model,
        };
      }),
  };
}

/**
 * The request body of an OpenAI-style chat completion. `strict` stays false: the design schema has
 * optional fields, which OpenAI's strict subset forbids; the planner validates and repairs instead.
 * Shared with the Hugging Face adapter, whose router speaks the same format.
 */
export function openAIChatBody(model: string, options: LLMGenerateObjectOptions) {
  return {
    model,
    messages: chatMessages(options),
    temperature: options.temperature ?? 0,
    response_format: {
      type: 'json_schema' as const,
      json_schema: { name: options.schemaName ?? 'response', schema: options.schema, strict: false },
    },
    ...(options.onTextDelta === undefined ? {} : { stream: true, stream_options: { include_usage: true } }),
  };
}

type Answer = Omit<LLMGenerateObjectResult, 'object' | 'modelId'> & { modelId: string | undefined };

/** Reads the first choice of a (non-streamed) chat completion. */
export function readCompletion(provider: string, body: ChatCompletion): Answer {
  const message = body.choices?.[0]?.message;
  if (typeof message?.refusal === 'string' && message.refusal !== '') {
    throw new LLMInvalidResponseError({
      provider,
      text: message.refusal,
      reason: 'the model refused to answer',
    });
  }
  if (typeof message?.content !== 'string') {
    throw new LLMInvalidResponseError({
      provider,
      text: JSON.stringify(body).slice(0, 2000),
      reason: 'the answer has no message content',
    });
  }
  return { text: message.content, usage: usageOf(body.usage), modelId: body.model };
}

function usageOf(usage: ChatCompletion['usage']): LLMUsage {
  return { inputTokens: usage?.prompt_tokens, outputTokens: usage?.completion_tokens };
}

/** Joins the deltas of an SSE chat-completion stream; usage arrives in the last chunk, if at all. */
async function readStream(
  provider: string,
  response: Response,
  onTextDelta: (delta: string) => void,
): Promise<Answer> {
  if (response.body === null)
    throw new LLMInvalidResponseError({ provider, text: '', reason: 'the stream has no body' });
  let text = '';
  let usage: LLMUsage = {};
  let modelId: string | undefined;
  for await (const data of readSseData(response.body)) {
    if (data === '[DONE]') break;
    const chunk = parseModelJson(provider, data) as ChatCompletion;
    if (chunk.error !== undefined) {
      const message = typeof chunk.error === 'string' ? chunk.error : chunk.error.message;
      throw new LLMServerError({ provider, status: response.status, message });
    }
    const delta = chunk.choices?.[0]?.delta?.content;
    if (typeof delta === 'string' && delta !== '') {
      text += delta;
      onTextDelta(delta);
    }
    if (chunk.usage) usage = usageOf(chunk.usage);
    modelId ??= chunk.model;
  }
  return { text, usage, modelId };
}
