import type { LLMGenerateObjectOptions, LLMProvider } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { ProjectTestsFailedError } from './errors.js';
import { HandlerLayoutError, implementHandlers } from './implement-handlers.js';
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
function scriptedModel(sources: string[]): LLMProvider & { prompts: string[]; systems: string[] } {
  const prompts: string[] = [];
  const systems: string[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted-1',
    prompts,
    systems,
    async generateObject(options: LLMGenerateObjectOptions) {
      prompts.push(options.prompt);
      systems.push(options.system ?? '');
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

// The FastAPI project of the same contract: a Python module per handler, tested by pytest, whose
// JUnit report names each operation's case by its parametrize id.
const pythonStub = [
  'from app.handlers.context import HandlerContext, OperationResult, not_implemented',
  '',
  '',
  'def handle(context: HandlerContext) -> OperationResult:',
  '    return not_implemented(context, "app/handlers/pay.py")',
  '',
].join('\n');
const pythonFiles = {
  'app/handlers/pay.py': pythonStub,
  'app/handlers/context.py': '# context',
  'app/contract/store.py': '# store',
};
const pythonHandler = (status: number) =>
  [
    'from app.handlers.context import HandlerContext, OperationResult',
    '',
    '',
    'def handle(context: HandlerContext) -> OperationResult:',
    `    return OperationResult(${status}, {"paid": True})`,
    '',
  ].join('\n');

/** pytest in the sandbox: a module that does not compile fails collection; a 418 fails the payment case. */
async function runPytest(candidate: Readonly<Record<string, string>>): Promise<ProjectTestReport> {
  const source = candidate['app/handlers/pay.py'] ?? '';
  if (source.includes('def handle(context) ->:'))
    throw new ProjectTestsFailedError(
      'test',
      'exited with code 2',
      'E     File "app/handlers/pay.py", line 1\nE   SyntaxError: invalid syntax\n1 error in 0.41s',
    );
  const payment = source.includes('not_implemented(')
    ? 'skipped'
    : source.includes('OperationResult(200')
      ? 'passed'
      : 'failed';
  return {
    counts: { passed: payment === 'passed' ? 2 : 1, failed: payment === 'failed' ? 1 : 0, skipped: 0 },
    cases: [
      {
        name: 'tests.test_operations > test_answers_as_the_contract_declares[GET /bookings]',
        status: 'passed',
        durationMs: 1,
      },
      {
        name: 'tests.test_operations > test_answers_as_the_contract_declares[POST /bookings/{id}/payment]',
        status: payment,
        durationMs: 1,
        ...(payment === 'failed'
          ? { message: 'AssertionError: answered 418: status 418 is not declared (200)' }
          : {}),
      },
    ],
    checkMs: 0,
    testMs: 1,
    output: '',
  };
}

describe('implementHandlers on a FastAPI project', () => {
  it('asks for a Python module and keeps it when its pytest case passes', async () => {
    const llm = scriptedModel([pythonHandler(200)]);
    const result = await implementHandlers({ llm, contract, files: pythonFiles, runTests: runPytest });
    expect(result.files['app/handlers/pay.py']).toBe(pythonHandler(200));
    expect(result.outcomes).toEqual([
      { operation: 'POST /bookings/{id}/payment', file: 'app/handlers/pay.py', kept: true, attempts: 1 },
    ]);
    expect(llm.systems[0]).toContain('FastAPI + Python');
    expect(llm.systems[0]).toContain('def handle(context: HandlerContext) -> OperationResult');
    expect(llm.prompts[0]).toContain('app/handlers/context.py:\n# context');
    expect(llm.prompts[0]).toContain('app/contract/store.py:\n# store');
  });

  it('rejects modules that fail their case or do not compile, and leaves the 501 stub in place', async () => {
    const broken = 'def handle(context) ->:\n    pass\n';
    const llm = scriptedModel([pythonHandler(418), broken, pythonHandler(418)]);
    const result = await implementHandlers({ llm, contract, files: pythonFiles, runTests: runPytest });
    expect(result.files['app/handlers/pay.py']).toBe(pythonStub);
    expect(result.outcomes[0]).toMatchObject({
      file: 'app/handlers/pay.py',
      kept: false,
      attempts: 3,
      reason: expect.stringContaining('status 418'),
    });
    expect(llm.prompts[1]).toContain('status 418 is not declared');
    expect(llm.prompts[2]).toContain('SyntaxError');
  });

  it('does not count a module that still answers 501 as an implementation', async () => {
    const llm = scriptedModel([pythonStub.replace('app/handlers/pay.py', 'somewhere'), pythonHandler(200)]);
    const result = await implementHandlers({ llm, contract, files: pythonFiles, runTests: runPytest });
    expect(result.outcomes[0]).toMatchObject({ kept: true, attempts: 2 });
    expect(llm.prompts[1]).toContain('its contract test skipped');
  });

  it('asks again for an answer without the entry point, naming it', async () => {
    const llm = scriptedModel(['async def handle(context):\n    pass\n', pythonHandler(200)]);
    const result = await implementHandlers({ llm, contract, files: pythonFiles, runTests: runPytest });
    expect(result.outcomes[0]).toMatchObject({ kept: true, attempts: 2 });
    expect(llm.prompts[1]).toContain('with `def handle(context: HandlerContext) -> OperationResult`');
  });

  it('uses the stack it is given over the one the files suggest', async () => {
    const llm = scriptedModel([pythonHandler(200)]);
    const both = { ...files, ...pythonFiles };
    const result = await implementHandlers({
      llm,
      contract,
      files: both,
      stack: 'fastapi',
      runTests: runPytest,
    });
    expect(result.outcomes).toMatchObject([{ file: 'app/handlers/pay.py', kept: true }]);
    expect(result.files['src/handlers/pay.ts']).toBe(stub);
  });
});

describe('implementHandlers on a project without handler context', () => {
  it('fails with a typed error naming the missing files instead of skipping every operation', async () => {
    const llm = scriptedModel([]);
    const missing = implementHandlers({
      llm,
      contract,
      files: { 'app/handlers/pay.py': pythonStub },
      runTests,
    });
    await expect(missing).rejects.toBeInstanceOf(HandlerLayoutError);
    await expect(missing).rejects.toMatchObject({
      code: 'handler_layout_unknown',
      message: expect.stringContaining('app/handlers/context.py and app/contract/store.py (fastapi)'),
    });
    const given = implementHandlers({ llm, contract, files, stack: 'fastapi', runTests });
    await expect(given).rejects.toThrow(
      /not the files their handlers are written against: app\/handlers\/context\.py/,
    );
    expect(llm.prompts).toEqual([]);
  });
});
