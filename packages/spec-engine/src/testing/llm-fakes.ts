import type { ServerResponse } from 'node:http';
import { startFakeServer, type FakeServer, type RecordedRequest } from './fake-server.js';

/** What the fake model does with the next request. */
export type FakeReply =
  /** Answers with this value as JSON text (schema-valid or not: the fake does not check). */
  | { readonly kind: 'json'; readonly value: unknown }
  /** Answers with this exact text, e.g. malformed JSON. */
  | { readonly kind: 'text'; readonly text: string }
  /** Fails with an HTTP status and the API's error body. */
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly message?: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Never answers. */
  | { readonly kind: 'hang' };

/** The parts of a chat request every wire format has, read back from what was sent. */
export interface ChatRequestView {
  readonly path: string;
  readonly model: unknown;
  readonly messages: unknown;
  readonly schema: unknown;
  readonly stream: boolean;
  readonly temperature: unknown;
  readonly authorization: string | undefined;
}

/** A fake LLM server speaking one API's wire format. */
export interface LLMFake extends FakeServer {
  /** Queues replies; the last one repeats. */
  reply(...replies: FakeReply[]): void;
  /** Reads a recorded request through this API's wire format. */
  view(request: RecordedRequest): ChatRequestView;
}

/** Token counts every fake reports, so usage can be asserted. */
export const FAKE_USAGE = { inputTokens: 42, outputTokens: 7 } as const;

type Responder = (reply: FakeReply, request: RecordedRequest, response: ServerResponse) => void;

async function startLLMFake(
  respond: Responder,
  view: (request: RecordedRequest) => ChatRequestView,
): Promise<LLMFake> {
  let queue: FakeReply[] = [{ kind: 'json', value: {} }];
  const server = await startFakeServer((request, response) => {
    const reply = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (reply.kind === 'hang') return;
    respond(reply, request, response);
  });
  return {
    ...server,
    reply: (...replies) => {
      queue = replies;
    },
    view,
  };
}

const replyText = (reply: FakeReply) =>
  reply.kind === 'json' ? JSON.stringify(reply.value) : reply.kind === 'text' ? reply.text : '';

/** Splits text in three so streaming is exercised with several deltas. */
function pieces(text: string): string[] {
  const third = Math.ceil(text.length / 3);
  return [text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)].filter((p) => p !== '');
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

const body = (request: RecordedRequest) => (request.body ?? {}) as Record<string, unknown>;

/**
 * Ollama's `/api/chat` (docs/api.md): `format` carries the schema, `options.temperature`, `stream`
 * defaults to true and streams NDJSON, the last message has `done: true` and the token counts;
 * errors are `{ "error": "..." }`.
 */
export function createOllamaFake(): Promise<LLMFake> {
  return startLLMFake(
    (reply, request, response) => {
      if (reply.kind === 'error') {
        sendJson(response, reply.status, { error: reply.message ?? 'failed' }, reply.headers);
        return;
      }
      const model = String(body(request)['model']);
      const created_at = '2024-01-15T09:30:00.000Z';
      const final = {
        model,
        created_at,
        done: true,
        done_reason: 'stop',
        total_duration: 1_000_000,
        load_duration: 1000,
        prompt_eval_count: FAKE_USAGE.inputTokens,
        prompt_eval_duration: 1000,
        eval_count: FAKE_USAGE.outputTokens,
        eval_duration: 1000,
      };
      const text = replyText(reply);
      if (body(request)['stream'] === false) {
        sendJson(response, 200, { ...final, message: { role: 'assistant', content: text } });
        return;
      }
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      for (const piece of pieces(text))
        response.write(
          `${JSON.stringify({ model, created_at, message: { role: 'assistant', content: piece }, done: false })}\n`,
        );
      response.end(`${JSON.stringify({ ...final, message: { role: 'assistant', content: '' } })}\n`);
    },
    (request) => ({
      path: request.path,
      model: body(request)['model'],
      messages: body(request)['messages'],
      schema: body(request)['format'],
      stream: body(request)['stream'] !== false,
      temperature: (body(request)['options'] as { temperature?: unknown } | undefined)?.temperature,
      authorization: request.headers['authorization'],
    }),
  );
}

/**
 * OpenAI's `/v1/chat/completions`, also served by vLLM, llama.cpp, LM Studio, OpenRouter and the
 * Hugging Face router / TGI: `response_format.json_schema.schema`, SSE `chat.completion.chunk`s ending
 * in `data: [DONE]`, usage in a last chunk with no choices when `stream_options.include_usage` is set.
 * Error bodies differ: OpenAI sends `{ error: { message, type } }`, Hugging Face `{ error: "..." }`.
 */
export function createOpenAIChatFake(
  options: { errorStyle?: 'openai' | 'huggingface' } = {},
): Promise<LLMFake> {
  return startLLMFake(
    (reply, request, response) => {
      if (reply.kind === 'error') {
        const message = reply.message ?? 'failed';
        const error =
          options.errorStyle === 'huggingface'
            ? message
            : { message, type: 'server_error', param: null, code: null };
        sendJson(response, reply.status, { error }, reply.headers);
        return;
      }
      const model = String(body(request)['model']);
      const head = { id: 'chatcmpl-fake', created: 1_705_311_000, model, system_fingerprint: 'fake' };
      const usage = {
        prompt_tokens: FAKE_USAGE.inputTokens,
        completion_tokens: FAKE_USAGE.outputTokens,
        total_tokens: FAKE_USAGE.inputTokens + FAKE_USAGE.outputTokens,
      };
      const text = replyText(reply);
      if (body(request)['stream'] !== true) {
        sendJson(response, 200, {
          ...head,
          object: 'chat.completion',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: text, refusal: null },
              logprobs: null,
              finish_reason: 'stop',
            },
          ],
          usage,
        });
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const chunk = (choices: unknown[], extra: object = {}) =>
        response.write(
          `data: ${JSON.stringify({ ...head, object: 'chat.completion.chunk', choices, ...extra })}\n\n`,
        );
      chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
      for (const piece of pieces(text))
        chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
      chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]);
      const streamOptions = body(request)['stream_options'] as { include_usage?: boolean } | undefined;
      if (streamOptions?.include_usage) chunk([], { usage });
      response.end('data: [DONE]\n\n');
    },
    (request) => {
      const format = body(request)['response_format'] as { json_schema?: { schema?: unknown } } | undefined;
      return {
        path: request.path,
        model: body(request)['model'],
        messages: body(request)['messages'],
        schema: format?.json_schema?.schema,
        stream: body(request)['stream'] === true,
        temperature: body(request)['temperature'],
        authorization: request.headers['authorization'],
      };
    },
  );
}
