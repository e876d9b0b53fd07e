import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  changeStageOrder,
  formatDuration,
  initialProgress,
  initialProgressFor,
  stageOrder,
  stagesOf,
  type JobEvent,
} from '../src/client/job-progress.js';

const fold = (events: JobEvent[]) => events.reduce(applyEvent, initialProgress);

describe('job progress from the event stream', () => {
  it('tracks each stage from running to done with its time, and skipped stages with the reason', () => {
    const progress = fold([
      { type: 'stage-start', stage: 'plan', at: '2026-01-01T00:00:00Z' },
      { type: 'stage-end', stage: 'plan', durationMs: 12 },
      { type: 'stage-start', stage: 'test', at: '2026-01-01T00:00:01Z' },
      { type: 'stage-skip', stage: 'deploy', reason: 'disabled' },
    ]);
    expect(progress.stages.plan).toEqual({ state: 'done', durationMs: 12 });
    expect(progress.stages.test).toEqual({ state: 'running' });
    expect(progress.stages.deploy).toEqual({ state: 'skipped', note: 'disabled' });
    expect(progress.stages.contract).toEqual({ state: 'pending' });
  });

  it('keeps log lines, test counts, the deployment and the outcome', () => {
    const progress = fold([
      { type: 'log', stage: 'test', line: '✓ creates a book' },
      { type: 'test:result', passed: 5, failed: 0, skipped: 1, durationMs: 900 },
      { type: 'contract:result', passed: 20, failed: 0, skipped: 0, durationMs: 300 },
      {
        type: 'deployed',
        deployment: {
          id: 'd1',
          url: 'http://127.0.0.1:4000',
          docsUrl: 'http://127.0.0.1:4000/docs',
          openapiUrl: 'http://127.0.0.1:4000/openapi.json',
          provider: 'local',
          startedAt: '2026-01-01T00:00:00Z',
        },
      },
      { type: 'job-succeeded', projectId: 'p1' },
    ]);
    expect(progress.logs).toEqual([{ stage: 'test', line: '✓ creates a book' }]);
    expect(progress.tests).toMatchObject({ passed: 5, failed: 0, skipped: 1 });
    expect(progress.contract).toMatchObject({ passed: 20 });
    expect(progress.deployment?.docsUrl).toBe('http://127.0.0.1:4000/docs');
    expect(progress.outcome).toEqual({ ok: true, projectId: 'p1' });
  });

  it('marks the stage still running as failed when the job fails, and keeps only the last 500 log lines', () => {
    const lines: JobEvent[] = Array.from({ length: 510 }, (_, i) => ({
      type: 'log',
      stage: 'test',
      line: `${i}`,
    }));
    const progress = fold([
      { type: 'stage-start', stage: 'test', at: '2026-01-01T00:00:00Z' },
      ...lines,
      { type: 'job-failed', code: 'test_failed', message: '2 tests failed' },
    ]);
    expect(progress.stages.test?.state).toBe('failed');
    expect(progress.outcome).toEqual({ ok: false, code: 'test_failed', message: '2 tests failed' });
    expect(progress.logs).toHaveLength(500);
    expect(progress.logs[0]?.line).toBe('10');
  });

  it("keeps the planner's assumptions and notes", () => {
    const progress = fold([
      {
        type: 'planned',
        design: { name: 'library', title: 'Library API' } as never,
        planner: 'embedded',
        warnings: ['"ISBN lookup" is not something an API stores; left out.'],
        assumptions: [{ path: 'resources.book.fields.year', text: 'A year is a whole number.' }],
        hops: [],
      },
    ]);
    expect(progress.planner).toEqual({
      name: 'library',
      title: 'Library API',
      via: 'embedded',
      assumptions: [{ path: 'resources.book.fields.year', text: 'A year is a whole number.' }],
      notes: ['"ISBN lookup" is not something an API stores; left out.'],
    });
  });

  it('marks the first stage that never ran as failed when no stage is running at the failure', () => {
    const progress = fold([
      { type: 'stage-start', stage: 'test', at: '2026-01-01T00:00:00Z' },
      { type: 'stage-end', stage: 'test', durationMs: 10 },
      { type: 'job-failed', code: 'stage_failed', message: 'The dependencies stage failed' },
    ]);
    expect(progress.stages.test?.state).toBe('done');
    expect(progress.stages.plan?.state).toBe('failed');
  });

  it('formats durations', () => {
    expect(formatDuration(340)).toBe('340 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
  });
});

describe('a change job', () => {
  const foldChange = (events: JobEvent[]) => events.reduce(applyEvent, initialProgressFor(changeStageOrder));

  it('shows the change stages in order and ignores none of them', () => {
    const progress = foldChange([
      { type: 'stage-end', stage: 'read', durationMs: 3 },
      { type: 'stage-end', stage: 'diff', durationMs: 4 },
      { type: 'stage-start', stage: 'migrate', at: '2026-01-01T00:00:00Z' },
    ]);
    expect(stagesOf(progress)).toEqual([...changeStageOrder]);
    expect(progress.stages.read).toEqual({ state: 'done', durationMs: 3 });
    expect(progress.stages.diff?.state).toBe('done');
    expect(progress.stages.migrate?.state).toBe('running');
  });

  it('marks the stage that was refused as failed', () => {
    const progress = foldChange([
      { type: 'stage-end', stage: 'read', durationMs: 3 },
      { type: 'stage-end', stage: 'plan', durationMs: 3 },
      { type: 'stage-start', stage: 'diff', at: '2026-01-01T00:00:00Z' },
      { type: 'job-failed', code: 'breaking_change_refused', message: 'Breaking' },
    ]);
    expect(progress.stages.diff?.state).toBe('failed');
    expect(progress.stages.compile?.state).toBe('pending');
  });

  it('keeps a new API free of change-only stages', () => {
    const progress = [{ type: 'stage-end', stage: 'read', durationMs: 3 } as JobEvent].reduce(
      applyEvent,
      initialProgress,
    );
    expect(stagesOf(progress)).toEqual([...stageOrder]);
  });
});
