import { ForgeError } from '@smartapiforge/errors';
import { describe, expect, it } from 'vitest';
import { StageFailedError } from './errors.js';
import type { ForgeEvent } from './events.js';
import { runStage, type StageContext } from './run-stage.js';

function context(retries = 1): StageContext & { events: ForgeEvent[] } {
  const events: ForgeEvent[] = [];
  return {
    events,
    emit: (event) => events.push(event),
    signal: undefined,
    retries,
    outDir: '/tmp/out',
    written: [],
    repairs: [],
  };
}

describe('runStage', () => {
  it('reports start and end around a successful stage', async () => {
    const ctx = context();
    await expect(runStage(ctx, 'compile', () => 42)).resolves.toBe(42);
    expect(ctx.events.map((event) => event.type)).toEqual(['stage-start', 'stage-end']);
  });

  it('retries a retryable failure, then succeeds', async () => {
    const ctx = context(1);
    let calls = 0;
    const result = await runStage(ctx, 'deploy', () => {
      calls++;
      if (calls === 1) throw new ForgeError('deploy_timeout', 'slow start', { isRetryable: true });
      return 'live';
    });
    expect(result).toBe('live');
    expect(ctx.events.map((event) => event.type)).toEqual(['stage-start', 'stage-retry', 'stage-end']);
  });

  it('does not retry a failure that is not retryable, and names the stage and the output folder', async () => {
    const ctx = context(3);
    let calls = 0;
    const failure = await runStage(ctx, 'test', () => {
      calls++;
      throw new ForgeError('project_tests_failed', 'assertion failed');
    }).catch((error: unknown) => error);
    expect(calls).toBe(1);
    expect(failure).toBeInstanceOf(StageFailedError);
    const stageError = failure as StageFailedError;
    expect(stageError.stage).toBe('test');
    expect(stageError.details.causeCode).toBe('project_tests_failed');
    expect(stageError.message).toContain('The test stage failed: assertion failed');
    expect(stageError.message).toContain('/tmp/out');
    expect(ctx.events.at(-1)).toMatchObject({ type: 'error', stage: 'test', code: 'project_tests_failed' });
  });

  it('stops before running when the signal is already aborted', async () => {
    const ctx = { ...context(), signal: AbortSignal.abort() };
    let ran = false;
    await expect(runStage(ctx, 'plan', () => (ran = true))).rejects.toBeInstanceOf(StageFailedError);
    expect(ran).toBe(false);
  });
});
