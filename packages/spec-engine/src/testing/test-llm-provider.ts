import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LLMProviderV1 } from '../llm/llm-provider.js';
import { FAKE_USAGE, type LLMFake } from './llm-fakes.js';

export interface ProviderFactorySettings {
  /** The provider's own request limit; the suite sets it low to test hangs quickly. */
  readonly timeoutMs: number;
}

const schema = {
  type: 'object',
  properties: { name: { type: 'string' }, size: { type: 'integer' } },
  required: ['name'],
  additionalProperties: false,
};
const answer = { name: 'widgets', size: 3 };
const call = { prompt: 'Describe widgets.', system: 'Answer in JSON.', schema, schemaName: 'widget' };

/**
 * The behaviour every LLMProviderV1 adapter must have, run against a fake server that speaks its API's
 * wire format: what goes on the wire, success, streaming, and each failure mapped to its typed error.
 * `factory` builds the adapter pointed at the fake; adapters add their own cases beside this call.
 */
export function testLLMProvider(
  name: string,
  factory: (fake: LLMFake, settings: ProviderFactorySettings) => LLMProviderV1,
  startFake: () => Promise<LLMFake>,
): void {
  describe(`${name} (LLMProvider conformance)`, () => {
    let fake: LLMFake;
    let provider: LLMProviderV1;
    beforeAll(async () => {
      fake = await startFake();
      provider = factory(fake, { timeoutMs: 10_000 });
    });
    afterAll(() => fake.close());
    const lastRequest = () => fake.view(fake.requests.at(-1)!);

    it('declares version v1 and its model', () => {
      expect(provider.specificationVersion).toBe('v1');
      expect(provider.provider).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(provider.modelId.length).toBeGreaterThan(0);
    });

    it('sends the model, the system and user messages, the schema and temperature 0', async () => {
      fake.reply({ kind: 'json', value: answer });
      await provider.generateObject(call);
      const sent = lastRequest();
      expect(sent.model).toBe(provider.modelId);
      expect(sent.messages).toEqual([
        { role: 'system', content: call.system },
        { role: 'user', content: call.prompt },
      ]);
      expect(sent.schema).toEqual(schema);
      expect(sent.temperature).toBe(0);
      expect(sent.stream).toBe(false);
    });

    it('returns the parsed object, its text, usage and model', async () => {
      fake.reply({ kind: 'json', value: answer });
      const result = await provider.generateObject(call);
      expect(result.object).toEqual(answer);
      expect(JSON.parse(result.text)).toEqual(answer);
      expect(result.usage).toEqual(FAKE_USAGE);
      expect(result.modelId).toBe(provider.modelId);
    });

    it('streams when asked, reporting each delta, and still returns the whole object', async () => {
      fake.reply({ kind: 'json', value: answer });
      const deltas: string[] = [];
      const result = await provider.generateObject({ ...call, onTextDelta: (d) => deltas.push(d) });
      expect(lastRequest().stream).toBe(true);
      expect(deltas.length).toBeGreaterThan(1);
      expect(deltas.join('')).toBe(result.text);
      expect(result.object).toEqual(answer);
      expect(result.usage).toEqual(FAKE_USAGE);
    });

    it.each([401, 403])('maps %i to LLMAuthError, not retryable', async (status) => {
      fake.reply({ kind: 'error', status, message: 'invalid token' });
      await expect(provider.generateObject(call)).rejects.toMatchObject({
        name: 'LLMAuthError',
        code: 'llm_auth',
        status,
        isRetryable: false,
      });
    });

    it('maps 429 to LLMRateLimitError with retryAfterMs from Retry-After', async () => {
      fake.reply({ kind: 'error', status: 429, message: 'slow down', headers: { 'retry-after': '2' } });
      await expect(provider.generateObject(call)).rejects.toMatchObject({
        code: 'llm_rate_limited',
        retryAfterMs: 2000,
        isRetryable: true,
      });
    });

    it('maps 500 to a retryable LLMServerError', async () => {
      fake.reply({ kind: 'error', status: 500, message: 'model crashed' });
      await expect(provider.generateObject(call)).rejects.toMatchObject({
        name: 'LLMServerError',
        code: 'llm_server_error',
        status: 500,
        isRetryable: true,
      });
    });

    it('times out a hung request with LLMTimeoutError', async () => {
      fake.reply({ kind: 'hang' });
      const impatient = factory(fake, { timeoutMs: 300 });
      const started = performance.now();
      await expect(impatient.generateObject(call)).rejects.toMatchObject({
        code: 'llm_timeout',
        isRetryable: true,
      });
      expect(performance.now() - started).toBeLessThan(3000);
    });

    it("stops promptly when the caller's signal aborts, passing the abort through", async () => {
      fake.reply({ kind: 'hang' });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      await expect(provider.generateObject({ ...call, signal: controller.signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
    });

    it('rejects malformed JSON with LLMInvalidResponseError keeping the text', async () => {
      fake.reply({ kind: 'text', text: '{"name": "widg' });
      const error = await provider.generateObject(call).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'llm_invalid_response', text: '{"name": "widg' });
    });

    it('returns schema-violating JSON as it is, for the caller to validate and repair', async () => {
      const wrong = { name: 7, colour: 'red' };
      fake.reply({ kind: 'json', value: wrong });
      await expect(provider.generateObject(call)).resolves.toMatchObject({ object: wrong });
    });
  });
}
