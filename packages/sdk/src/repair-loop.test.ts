import { ForgeError } from '@smartapiforge/errors';
import { describe, expect, it } from 'vitest';
import { SpecLintError, StageFailedError } from './errors.js';
import type { ForgeEvent } from './events.js';
import { correctableFailures, runWithRepairs, type Planned } from './repair-loop.js';
import type { StageContext } from './run-stage.js';

function context(): StageContext & { events: ForgeEvent[] } {
  const events: ForgeEvent[] = [];
  return {
    events,
    emit: (event) => events.push(event),
    signal: undefined,
    retries: 0,
    outDir: undefined,
    written: [],
    repairs: [],
  };
}

const lintFailure = () =>
  new StageFailedError(
    'validate',
    new SpecLintError([
      {
        ruleId: 'path-params',
        severity: 'error',
        path: '/paths/~1pets',
        message: 'Parameter "id" is not declared.',
      },
    ]),
    undefined,
  );
const model = (version: number): Planned => ({
  design: { version },
  planner: 'llm:scripted',
  warnings: [],
  hops: [],
  revise: async () => {
    throw new Error('the loop calls replan, not revise');
  },
});

describe('runWithRepairs', () => {
  it('feeds an invalid spec back to the planner and builds the revised design', async () => {
    const ctx = context();
    const built: unknown[] = [];
    const fedBack: (readonly string[])[] = [];
    const { value, planned } = await runWithRepairs({
      ctx,
      planned: model(1),
      maxRepairs: 2,
      build: async (candidate) => {
        built.push(candidate.design);
        if (built.length === 1) throw lintFailure();
        return 'built';
      },
      replan: async (previous, failures) => {
        fedBack.push(failures);
        return model((previous.design as { version: number }).version + 1);
      },
    });
    expect(value).toBe('built');
    expect(planned.design).toEqual({ version: 2 });
    expect(built).toEqual([{ version: 1 }, { version: 2 }]);
    expect(fedBack).toEqual([['path-params at /paths/~1pets: Parameter "id" is not declared.']]);
    expect(ctx.repairs).toMatchObject([{ attempt: 1, stage: 'validate', planner: 'llm:scripted' }]);
    expect(ctx.events).toMatchObject([
      { type: 'repair', attempt: 1, stage: 'validate', attempted: true, failures: fedBack[0] },
    ]);
  });

  it('stops after maxRepairs with the failures and repairs on the stage error', async () => {
    const ctx = context();
    let builds = 0;
    const failure = await runWithRepairs({
      ctx,
      planned: model(1),
      maxRepairs: 2,
      build: async () => {
        builds++;
        throw lintFailure();
      },
      replan: async () => model(2),
    }).catch((error: unknown) => error);
    expect(builds).toBe(3);
    expect(failure).toBeInstanceOf(StageFailedError);
    const error = failure as StageFailedError;
    expect(error.stage).toBe('validate');
    expect(error.details.causeCode).toBe('spec_lint_failed');
    expect(error.repairs).toHaveLength(2);
    expect(error.failures[0]).toMatch(/^path-params/);
    expect(error.message).toMatch(/Gave up after 2 repairs \(maxRepairs: 2\)/);
    expect(ctx.events.map((event) => event.type === 'repair' && event.attempted)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('passes other failures through untouched: planning, a missing sandbox, an abort', async () => {
    const unavailable = new StageFailedError(
      'test',
      new ForgeError('sandbox_unavailable', 'no bwrap'),
      undefined,
    );
    const prompt = new StageFailedError('plan', new ForgeError('invalid_design', 'x'), undefined);
    expect(correctableFailures(unavailable)).toBeUndefined();
    expect(correctableFailures(prompt)).toBeUndefined();
    const ctx = context();
    await expect(
      runWithRepairs({
        ctx,
        planned: model(1),
        maxRepairs: 2,
        build: async () => {
          throw unavailable;
        },
        replan: async () => model(2),
      }),
    ).rejects.toBe(unavailable);
    expect(ctx.events).toEqual([]);

    const controller = new AbortController();
    controller.abort();
    const aborted = { ...context(), signal: controller.signal };
    await expect(
      runWithRepairs({
        ctx: aborted,
        planned: model(1),
        maxRepairs: 2,
        build: async () => {
          throw lintFailure();
        },
        replan: async () => model(2),
      }),
    ).rejects.toBeInstanceOf(StageFailedError);
    expect(aborted.repairs).toEqual([]);
  });

  it('turns failing generated tests into lines for the planner', () => {
    const failures = correctableFailures(
      new StageFailedError(
        'test',
        new ForgeError('project_tests_failed', 'failed', {
          details: {
            step: 'test',
            problem: 'exited with code 1',
            outputTail: 'not ok 1 - POST /pets\n\n# fail 1',
          },
        }),
        '/tmp/pets',
      ),
    );
    expect(failures).toEqual([
      "The generated project's test step exited with code 1. Last output:",
      'not ok 1 - POST /pets',
      '# fail 1',
    ]);
  });

  it.each<[{ planner: string; maxRepairs?: number }, RegExp]>([
    [{ planner: 'embedded' }, /embedded planner is deterministic.*--llm ollama/],
    [{ planner: 'input' }, /design was given as input.*Fix the design/],
    [{ planner: 'import' }, /imported from your OpenAPI document/],
    [{ planner: 'llm:scripted', maxRepairs: 0 }, /repairs are off \(maxRepairs: 0\)/],
  ])('reports precisely why no repair is made (%o)', async (setup, reason) => {
    const ctx = context();
    const planned: Planned =
      setup.planner === 'llm:scripted'
        ? model(1)
        : { design: {}, planner: setup.planner, warnings: [], hops: [] };
    let replans = 0;
    const failure = (await runWithRepairs({
      ctx,
      planned,
      maxRepairs: setup.maxRepairs ?? 2,
      build: async () => {
        throw lintFailure();
      },
      replan: async () => (replans++, model(2)),
    }).catch((error: unknown) => error)) as StageFailedError;
    expect(replans).toBe(0);
    expect(failure.message).toMatch(reason);
    expect(failure.failures).toHaveLength(1);
    expect(ctx.events).toMatchObject([
      { type: 'repair', attempt: 1, attempted: false, reason: expect.stringMatching(reason) },
    ]);
  });
});
