import { describe, expect, it } from 'vitest';
import { createOpenAIChatFake } from '../testing/llm-fakes.js';
import { testLLMProvider } from '../testing/test-llm-provider.js';
import { createOpenAICompatible } from './openai-compatible.js';

testLLMProvider(
  'openai-compatible',
  (fake, { timeoutMs }) =>
    createOpenAICompatible({ baseUrl: `${fake.url}/v1`, model: 'qwen2.5-7b-instruct', timeoutMs }),
  () => createOpenAIChatFake(),
);

describe('createOpenAICompatible', () => {
  it('posts a json_schema response format to <baseUrl>/chat/completions with the bearer key', async () => {
    const fake = await createOpenAIChatFake();
    try {
      fake.reply({ kind: 'json', value: { ok: true } });
      const provider = createOpenAICompatible({ baseUrl: `${fake.url}/v1/`, apiKey: 'sk-test', model: 'm' });
      await provider.generateObject({ prompt: 'p', schema: { type: 'object' }, schemaName: 'api_design' });
      const sent = fake.requests[0]!;
      expect(sent).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
      expect(sent.headers['authorization']).toBe('Bearer sk-test');
      expect((sent.body as { response_format: unknown }).response_format).toEqual({
        type: 'json_schema',
        json_schema: { name: 'api_design', schema: { type: 'object' }, strict: false },
      });
    } finally {
      await fake.close();
    }
  });

  it('parses Retry-After given as an HTTP date', async () => {
    const fake = await createOpenAIChatFake();
    try {
      const when = new Date(Date.now() + 30_000).toUTCString();
      fake.reply({ kind: 'error', status: 429, headers: { 'retry-after': when } });
      const error = await createOpenAICompatible({ baseUrl: fake.url, model: 'm' })
        .generateObject({ prompt: 'p', schema: {} })
        .then(
          () => ({ retryAfterMs: -1 }),
          (e: unknown) => e as { retryAfterMs: number },
        );
      expect(error.retryAfterMs).toBeGreaterThan(25_000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
    } finally {
      await fake.close();
    }
  });
});
