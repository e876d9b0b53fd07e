import type { Deployment } from '@smartapiforge/deployers';
import type { FileConflict, FileUpdate } from '@smartapiforge/scaffolders';
import type { ApiDesign, Assumption, DesignDiff, OpenApiDiff, PlanHop } from '@smartapiforge/spec-engine';

/** The pipeline's stages, in the order they run. */
export const stages = [
  'plan',
  'compile',
  'validate',
  'scaffold',
  'write',
  'dependencies',
  'test',
  'deploy',
  'contract',
] as const;

/** The stages of a change to an existing project, in the order they run. */
export const changeStages = [
  'read',
  'plan',
  'diff',
  'compile',
  'validate',
  'migrate',
  'scaffold',
  'merge',
  'write',
  'dependencies',
  'test',
  'deploy',
  'contract',
] as const;
export type Stage = (typeof stages)[number] | (typeof changeStages)[number];

/** Counts from a test run, as the runner reported them. */
export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Progress reported while `generate()` runs; the same events feed the CLI, async iteration over a
 * generation, and the reference server. `stage-*` events carry timings; the others carry results.
 */
export type ForgeEvent =
  | { readonly type: 'stage-start'; readonly stage: Stage; readonly at: string }
  | { readonly type: 'stage-end'; readonly stage: Stage; readonly durationMs: number }
  | { readonly type: 'stage-skip'; readonly stage: Stage; readonly reason: string }
  | { readonly type: 'stage-retry'; readonly stage: Stage; readonly attempt: number; readonly error: string }
  | { readonly type: 'log'; readonly stage: Stage; readonly line: string }
  | {
      readonly type: 'planned';
      readonly design: ApiDesign;
      /** `embedded`, `llm:<provider>`, or `import` for spec-first input. */
      readonly planner: string;
      readonly warnings: readonly string[];
      /** What the planner inferred beyond the request's words (`task.done` added by convention, …). */
      readonly assumptions: readonly Assumption[];
      /** Every planner a chain tried, in order, ending with the one that answered. */
      readonly hops: readonly PlanHop[];
    }
  | { readonly type: 'spec'; readonly openapi: Record<string, unknown>; readonly operations: number }
  | {
      readonly type: 'scaffolded';
      readonly stack: string;
      readonly outDir: string;
      readonly files: readonly string[];
    }
  | { readonly type: 'installing'; readonly recipe: string; readonly fromCache: boolean }
  | ({ readonly type: 'test:result' } & TestCounts & { readonly durationMs: number })
  | ({ readonly type: 'contract:result' } & TestCounts & { readonly durationMs: number })
  | { readonly type: 'deploying'; readonly provider: string }
  | { readonly type: 'deployed'; readonly deployment: Deployment }
  | {
      /**
       * A stage failed in a way a planner could correct (an invalid spec, failing generated tests).
       * `attempted` says whether the design goes back to the planner; when false, `reason` says why
       * not (a deterministic planner, a given design, repairs used up) and the generation fails.
       */
      readonly type: 'repair';
      /** The repair round, from 1; when `attempted` is false, the round that is not made. */
      readonly attempt: number;
      readonly stage: Stage;
      readonly attempted: boolean;
      readonly reason: string;
      /** What failed, line by line, as the planner receives it. */
      readonly failures: readonly string[];
    }
  | {
      /** A change's diffs, classified, before anything is written. */
      readonly type: 'diff';
      readonly design: DesignDiff;
      readonly openapi: OpenApiDiff;
      readonly fromVersion: string;
      readonly toVersion: string;
    }
  | {
      /** The migration a change adds (absent `file`: the schema stays the same). */
      readonly type: 'migration';
      readonly file?: string;
      readonly steps: readonly string[];
      readonly destructive: boolean;
    }
  | {
      /** How a change's files were brought to the new version; conflicts stop it before deploy. */
      readonly type: 'merged';
      readonly updates: readonly FileUpdate[];
      readonly conflicts: readonly FileConflict[];
    }
  | { readonly type: 'error'; readonly stage: Stage; readonly code: string; readonly message: string };
