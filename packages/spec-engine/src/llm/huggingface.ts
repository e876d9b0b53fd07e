import type { LLMProviderV1, LLMUsage } from './llm-provider.js';
import { LLMRequestError } from './llm-errors.js';
import { openAIChatBody, readCompletion } from './openai-compatible.js';
import {
  DEFAULT_PROVIDER_TIMEOUT_MS,
  errorForStatus,
  observingFetch,
  parseModelJson,
  runProviderCall,
} from './provider-call.js';

export interface HuggingFaceSettings {
  /** Access token; defaults to `HF_TOKEN`. */
  readonly token?: string;
  /** Model id on the Hub, sent in the body; defaults to `mistralai/Mistral-7B-Instruct-v0.3`. */
  readonly model?: string;
  /**
   * Where chat completions go: an Inference Endpoint or TGI URL, or the router (the default,
   * `https://router.huggingface.co/v1`). The client appends `/v1/chat/completions` as needed.
   */
  readonly endpointUrl?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

const PROVIDER = 'huggingface';

/**
 * Hugging Face through the official `@huggingface/inference` client's chat completion with a
 * `json_schema` response format. The client is imported on first use.
 */
export function createHuggingFace(settings: HuggingFaceSettings = {}): LLMProviderV1 {
  const endpointUrl = settings.endpointUrl ?? 'https://router.huggingface.co/v1';
  const modelId = settings.model ?? 'mistralai/Mistral-7B-Instruct-v0.3';
  const context = {
    provider: PROVIDER,
    url: endpointUrl,
    timeoutMs: settings.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS,
  };
  return {
    specificationVersion: 'v1',
    provider: PROVIDER,
    modelId,
    generateObject: (options) =>
      runProviderCall(context, options.signal, async (signal) => {
        const hf = await import('@huggingface/inference');
        const observed = observingFetch(settings.fetch ?? fetch, signal);
        const {
          stream: _stream,
          stream_options: _options,
          ...body
        } = openAIChatBody(modelId, options) as ReturnType<typeof openAIChatBody> & {
          stream?: boolean;
          stream_options?: unknown;
        };
        const args = { ...body, accessToken: settings.token ?? process.env['HF_TOKEN'], endpointUrl };
        // retry_on_error would loop forever on a 503; the planner chain decides about retries instead.
        const requestOptions = { fetch: observed.fetch, signal, retry_on_error: false };
        try {
          let text = '';
          let usage: LLMUsage = {};
          let answered: string | undefined;
          if (options.onTextDelta === undefined) {
            const answer = readCompletion(PROVIDER, await hf.chatCompletion(args, requestOptions));
            ({ text, usage } = answer);
            answered = answer.modelId;
          } else {
            const streamArgs = { ...args, stream_options: { include_usage: true } };
            for await (const chunk of hf.chatCompletionStream(streamArgs, requestOptions)) {
              const delta = chunk.choices?.[0]?.delta?.content;
              if (typeof delta === 'string' && delta !== '') {
                text += delta;
                options.onTextDelta(delta);
              }
              if (chunk.usage)
                usage = {
                  inputTokens: chunk.usage.prompt_tokens,
                  outputTokens: chunk.usage.completion_tokens,
                };
              answered ??= chunk.model;
            }
          }
          return { object: parseModelJson(PROVIDER, text), text, usage, modelId: answered || modelId };
        } catch (error) {
          if (error instanceof hf.InferenceClientProviderApiError) {
            const status = error.httpResponse.status;
            throw errorForStatus(PROVIDER, status, observed.lastResponse()?.headers, error.message);
          }
          if (error instanceof hf.InferenceClientInputError)
            throw new LLMRequestError({ provider: PROVIDER, message: error.message, cause: error });
          throw error;
        }
      }),
  };
}
