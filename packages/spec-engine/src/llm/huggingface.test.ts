import { describe, expect, it } from 'vitest';
import { createOpenAIChatFake } from '../testing/llm-fakes.js';
import { testLLMProvider } from '../testing/test-llm-provider.js';
import { createHuggingFace } from './huggingface.js';

testLLMProvider(
  'huggingface',
  (fake, { timeoutMs }) => createHuggingFace({ endpointUrl: fake.url, token: 'hf_test', timeoutMs }),
  () => createOpenAIChatFake({ errorStyle: 'huggingface' }),
);

describe('createHuggingFace', () => {
  it('sends HF_TOKEN as a bearer token to <endpointUrl>/v1/chat/completions', async () => {
    const fake = await createOpenAIChatFake({ errorStyle: 'huggingface' });
    const saved = process.env['HF_TOKEN'];
    process.env['HF_TOKEN'] = 'hf_from_env';
    try {
      fake.reply({ kind: 'json', value: { ok: true } });
      await createHuggingFace({ endpointUrl: fake.url, model: 'org/model' }).generateObject({
        prompt: 'p',
        schema: { type: 'object' },
      });
      const sent = fake.requests[0]!;
      expect(sent).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
      expect(sent.headers['authorization']).toBe('Bearer hf_from_env');
      expect(fake.view(sent).model).toBe('org/model');
    } finally {
      if (saved === undefined) delete process.env['HF_TOKEN'];
      else process.env['HF_TOKEN'] = saved;
      await fake.close();
    }
  });

  it('does not retry a 503 forever: it is a retryable LLMServerError', async () => {
    const fake = await createOpenAIChatFake({ errorStyle: 'huggingface' });
    try {
      fake.reply({ kind: 'error', status: 503, message: 'Model is loading' });
      await expect(
        createHuggingFace({ endpointUrl: fake.url, token: 'hf_x' }).generateObject({
          prompt: 'p',
          schema: {},
        }),
      ).rejects.toMatchObject({ code: 'llm_server_error', status: 503 });
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
