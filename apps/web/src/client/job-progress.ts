import { changeStages, stages, type Stage } from '@smartapiforge/sdk/events';
import type { RouterOutputs } from './trpc';

/** One event of a job as the server streams and stores it (the SDK's events plus job-succeeded/-failed). */
export type JobEvent = RouterOutputs['jobs']['history']['events'][number]['event'];

export const stageLabels: Readonly<Record<Stage, string>> = {
  read: 'Read the project',
  plan: 'Plan the API',
  diff: 'Diff the contract',
  compile: 'Compile the OpenAPI contract',
  validate: 'Validate the contract',
  migrate: 'Write the migration',
  scaffold: 'Scaffold the project',
  merge: 'Merge with the project',
  write: 'Write the files',
  dependencies: 'Prepare dependencies',
  test: "Run the project's tests",
  deploy: 'Deploy',
  contract: 'Check the live API against its contract',
};

export type { Stage };
/** A new API's stages, in the order they run (the SDK's own list). */
export const stageOrder: readonly Stage[] = stages;
/** A change request's stages, in the order they run (the SDK's own list). */
export const changeStageOrder: readonly Stage[] = changeStages;

export type StageState = 'pending' | 'running' | 'done' | 'skipped' | 'failed';

export interface StageProgress {
  readonly state: StageState;
  readonly durationMs?: number;
  readonly note?: string;
}

export interface TestCountsView {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly durationMs: number;
}

/** Everything the progress view shows, folded from the event stream. */
export interface JobProgress {
  /** The job's stages in the order they run (a new API's or a change's). */
  readonly stages: Readonly<Partial<Record<Stage, StageProgress>>>;
  readonly logs: readonly { readonly stage: string; readonly line: string }[];
  readonly planner?: {
    readonly name: string;
    readonly title: string;
    readonly via: string;
    /** What the planner inferred beyond the request's words, with the part of the design it made. */
    readonly assumptions: readonly { readonly path: string; readonly text: string }[];
    /** Things it dropped or could not honour, in words a person can act on. */
    readonly notes: readonly string[];
  };
  readonly operations?: number;
  readonly fileCount?: number;
  readonly tests?: TestCountsView;
  readonly contract?: TestCountsView;
  readonly deployment?: { readonly url: string; readonly docsUrl: string; readonly provider: string };
  readonly retries: readonly string[];
  readonly outcome?:
    | { readonly ok: true; readonly projectId: string }
    | { readonly ok: false; readonly code: string; readonly message: string };
}

const maxLogLines = 500;

/** Nothing has happened yet: every stage of `order` waits. */
export const initialProgressFor = (order: readonly Stage[]): JobProgress => ({
  stages: Object.fromEntries(order.map((stage) => [stage, { state: 'pending' }])) as JobProgress['stages'],
  logs: [],
  retries: [],
});

export const initialProgress: JobProgress = initialProgressFor(stageOrder);

/** The job's stages in order (the object keeps the order it was made in). */
export const stagesOf = (progress: JobProgress) => Object.keys(progress.stages) as Stage[];

/** Folds one event into the progress; unknown event types are ignored so newer servers stay readable. */
export function applyEvent(progress: JobProgress, event: JobEvent): JobProgress {
  const setStage = (stage: string, change: StageProgress) =>
    stage in progress.stages ? { ...progress, stages: { ...progress.stages, [stage]: change } } : progress;
  switch (event.type) {
    case 'stage-start':
      return setStage(event.stage, { state: 'running' });
    case 'stage-end':
      return setStage(event.stage, { state: 'done', durationMs: event.durationMs });
    case 'stage-skip':
      return setStage(event.stage, { state: 'skipped', note: event.reason });
    case 'stage-retry':
      return {
        ...progress,
        retries: [...progress.retries, `${event.stage}: attempt ${event.attempt} after ${event.error}`],
      };
    case 'log':
      return {
        ...progress,
        logs: [...progress.logs, { stage: event.stage, line: event.line }].slice(-maxLogLines),
      };
    case 'planned':
      return {
        ...progress,
        planner: {
          name: event.design.name,
          title: event.design.title,
          via: event.planner,
          // Servers older than assumptions send none.
          assumptions: event.assumptions ?? [],
          notes: event.warnings,
        },
      };
    case 'spec':
      return { ...progress, operations: event.operations };
    case 'scaffolded':
      return { ...progress, fileCount: event.files.length };
    case 'test:result':
      return { ...progress, tests: event };
    case 'contract:result':
      return { ...progress, contract: event };
    case 'deployed':
      return { ...progress, deployment: event.deployment };
    case 'error':
      return setStage(event.stage, { state: 'failed', note: event.message });
    case 'job-succeeded':
      return { ...progress, outcome: { ok: true, projectId: event.projectId } };
    case 'job-failed': {
      // The stage shown running failed; when none is (a later step re-ran an earlier stage quietly),
      // the first stage that never ran is where the job stopped.
      const order = stagesOf(progress);
      const failing =
        order.find((stage) => progress.stages[stage]?.state === 'running') ??
        order.find((stage) => progress.stages[stage]?.state === 'pending');
      const stages = failing
        ? { ...progress.stages, [failing]: { ...progress.stages[failing], state: 'failed' as const } }
        : progress.stages;
      return { ...progress, stages, outcome: { ok: false, code: event.code, message: event.message } };
    }
    default:
      return progress;
  }
}

/** "1.2 s", "340 ms". */
export const formatDuration = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
