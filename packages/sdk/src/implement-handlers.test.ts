import type { LLMGenerateObjectOptions, LLMProvider } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { ProjectTestsFailedError } from './errors.js';
import { implementHandlers } from './implement-handlers.js';
import { importContract } from './spec-first.js';
import type { ProjectTestReport } from './test-in-sandbox.js';

const contract = importContract({
  openapi: '3.1.0',
  info: { title: 'Bookings', version: '1.0.0' },
  paths: {
    '/bookings': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } },
          },
        },
      },
    },
    '/bookings/{id}/payment': {
      post: {
        operationId: 'pay',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'paid' } },
      },
    },
  },
});
const stub =
  "export default async function handle(context) { return notImplemented(context, 'src/handlers/pay.ts'); }";
const files = {
  'src/handlers/pay.ts': stub,
  'src/handlers/context.ts': '// context',
  'src/contract/store.ts': '// store',
};

/** A model that answers with the given sources in order, and records what it was asked. */
function scriptedModel(sources: string[]): LLMProvider & { prompts: string[] } {
  const prompts: string[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted-1',
    prompts,
    async generateObject(options: LLMGenerateObjectOptions) {
      prompts.push(options.prompt);
      const source = sources.shift();
      if (source === undefined) throw new Error('the script ran out of answers');
      return { object: { source }, text: JSON.stringify({ source }), usage: {}, modelId: 'scripted-1' };
    },
  };
}

/** The project's tests as the sandbox reports them: the payment test passes only for a file that pays. */
async function runTests(candidate: Readonly<Record<string, string>>): Promise<ProjectTestReport> {
  const source = candidate['src/handlers/pay.ts'] ?? '';
  if (source.includes('syntax error'))
    throw new ProjectTestsFailedError(
      'typecheck',
      'exited with code 2',
      "src/handlers/pay.ts(1,1): error TS1005: ';' expected.",
    );
  const passed = source.includes('status: 200');
  return {
    counts: { passed: passed ? 2 : 1, failed: passed ? 0 : 1, skipped: 0 },
    cases: [
      {
        name: 'test/operations.test.ts > every operation openapi.json declares > GET /bookings answers as the contract declares',
        status: 'passed',
        durationMs: 1,
      },
      {
        name: 'test/operations.test.ts > every operation openapi.json declares > POST /bookings/{id}/payment answers as the contract declares',
        status: passed ? 'passed' : 'failed',
        durationMs: 1,
        ...(passed
          ? {}
          : { message: 'POST /bookings/{id}/payment answered 418: status 418 is not declared (200)' }),
      },
    ],
    checkMs: 1,
    testMs: 1,
    output: '',
  };
}

const good = 'export default async function handle() { return { status: 200 }; }';
const teapot = 'export default async function handle() { return { status: 418 }; }';

describe('implementHandlers', () => {
  it('keeps a model-written handler whose contract test passes', async () => {
    const llm = scriptedModel([good]);
    const result = await implementHandlers({ llm, contract, files, runTests });
    expect(result.files['src/handlers/pay.ts']).toBe(good);
    expect(result.outcomes).toEqual([
      { operation: 'POST /bookings/{id}/payment', file: 'src/handlers/pay.ts', kept: true, attempts: 1 },
    ]);
    expect(llm.prompts[0]).toContain('Implement POST /bookings/{id}/payment');
  });

  it('feeds a rejected try back to the model and keeps the repaired one', async () => {
    const llm = scriptedModel([teapot, good]);
    const result = await implementHandlers({ llm, contract, files, runTests });
    expect(result.outcomes[0]).toMatchObject({ kept: true, attempts: 2 });
    expect(llm.prompts[1]).toContain('status 418 is not declared');
    expect(llm.prompts[1]).toContain(teapot);
  });

  it('rejects implementations that fail their test or do not compile, and leaves the 501 stub in place', async () => {
    const llm = scriptedModel([teapot, 'export default async function handle() { syntax error }', teapot]);
    const result = await implementHandlers({ llm, contract, files, runTests, maxRepairs: 2 });
    expect(result.files['src/handlers/pay.ts']).toBe(stub);
    expect(result.outcomes[0]).toMatchObject({
      kept: false,
      attempts: 3,
      reason: expect.stringContaining('status 418'),
    });
    expect(llm.prompts[2]).toContain('error TS1005');
  });

  it('leaves a handler someone already wrote alone', async () => {
    const llm = scriptedModel([]);
    const written = { ...files, 'src/handlers/pay.ts': good };
    const result = await implementHandlers({ llm, contract, files: written, runTests });
    expect(result.files['src/handlers/pay.ts']).toBe(good);
    expect(result.outcomes).toEqual([]);
    expect(llm.prompts).toEqual([]);
  });
});
