import { describe, expect, it } from 'vitest';
import { createOllamaFake } from '../testing/llm-fakes.js';
import { testLLMProvider } from '../testing/test-llm-provider.js';
import { createOllama } from './ollama.js';

testLLMProvider(
  'ollama',
  (fake, { timeoutMs }) => createOllama({ host: fake.url, timeoutMs }),
  createOllamaFake,
);

describe('createOllama', () => {
  it('posts to /api/chat on OLLAMA_HOST with mistral:7b by default', async () => {
    const fake = await createOllamaFake();
    const saved = process.env['OLLAMA_HOST'];
    process.env['OLLAMA_HOST'] = fake.url;
    try {
      fake.reply({ kind: 'json', value: { ok: true } });
      const provider = createOllama();
      expect(provider.modelId).toBe('mistral:7b');
      await provider.generateObject({ prompt: 'p', schema: { type: 'object' } });
      expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/api/chat' });
      expect(fake.view(fake.requests[0]!).messages).toEqual([{ role: 'user', content: 'p' }]);
    } finally {
      if (saved === undefined) delete process.env['OLLAMA_HOST'];
      else process.env['OLLAMA_HOST'] = saved;
      await fake.close();
    }
  });

  it('reports an unreachable server as a retryable LLMConnectionError', async () => {
    const provider = createOllama({ host: 'http://127.0.0.1:9', timeoutMs: 2000 });
    await expect(provider.generateObject({ prompt: 'p', schema: {} })).rejects.toMatchObject({
      code: 'llm_unreachable',
      isRetryable: true,
    });
  });
});
