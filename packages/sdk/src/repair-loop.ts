import { ForgeError } from '@smartapiforge/errors';
import type { Assumption, PlanHop, PlanResult } from '@smartapiforge/spec-engine';
import { StageFailedError } from './errors.js';
import type { Stage } from './events.js';
import type { StageContext } from './run-stage.js';
import type { SpecFirstContract } from './spec-first.js';

/** A design to build, and where it came from. */
export interface Planned {
  readonly design: unknown;
  /** A planner id (`embedded`, `llm:ollama`), `import` for an OpenAPI document, `input` for a given design. */
  readonly planner: string;
  readonly warnings: readonly string[];
  /** What the planner inferred beyond the request's words; absent for given designs and specs. */
  readonly assumptions?: readonly Assumption[];
  readonly hops: readonly PlanHop[];
  /** Present when the planner can correct the design from failures (see `PlanResult.revise`). */
  readonly revise?: PlanResult['revise'];
  /** Spec-first: the user's document, served as written (the design then only describes storage). */
  readonly contract?: SpecFirstContract;
}

export interface RepairLoop<T> {
  readonly ctx: StageContext;
  readonly planned: Planned;
  /** Repair rounds allowed; 0 turns repair off. */
  readonly maxRepairs: number;
  /** Runs the stages that check a design (compile through test) and returns what they produced. */
  readonly build: (planned: Planned) => Promise<T>;
  /** Asks the planner for a corrected design, as the `plan` stage. */
  readonly replan: (planned: Planned, failures: readonly string[]) => Promise<Planned>;
}

/**
 * Builds the planned design; when a stage fails in a way a new design could fix, the failures go back
 * to the planner and the build runs again, at most `maxRepairs` times. Each decision is reported as
 * a `repair` event, repairs made are added to `ctx.repairs`, and a failure that ends the loop carries
 * the failures and repairs.
 */
export async function runWithRepairs<T>(loop: RepairLoop<T>): Promise<{ value: T; planned: Planned }> {
  const { ctx } = loop;
  const { repairs } = ctx;
  let planned = loop.planned;
  for (;;) {
    try {
      return { value: await loop.build(planned), planned };
    } catch (error) {
      const failures = correctableFailures(error);
      if (failures === undefined || ctx.signal?.aborted) throw error;
      const { stage, cause, outDir } = error as StageFailedError;
      const attempt = repairs.length + 1;
      const refusal = whyNoRepair(planned, repairs.length, loop.maxRepairs);
      ctx.emit({
        type: 'repair',
        attempt,
        stage,
        attempted: refusal === undefined,
        reason:
          refusal ??
          `The ${stage} stage failed; ${planned.planner} revises the design (repair ${attempt} of ${loop.maxRepairs}).`,
        failures,
      });
      if (refusal !== undefined)
        throw new StageFailedError(stage, cause, outDir, {
          failures,
          repairs: [...repairs],
          reason: refusal,
        });
      const started = performance.now();
      planned = await loop.replan(planned, failures);
      repairs.push({
        attempt,
        stage,
        failures,
        planner: planned.planner,
        durationMs: Math.round(performance.now() - started),
      });
    }
  }
}

// Stages whose failures come from the design; a plan, write or deploy failure is not the design's doing.
const designStages = new Set<Stage>(['compile', 'validate', 'scaffold', 'test']);

/**
 * The failures of a stage that a corrected design could fix, line by line; undefined for any other
 * failure (a missing sandbox, a busy port, an abort).
 */
export function correctableFailures(error: unknown): string[] | undefined {
  if (!(error instanceof StageFailedError) || !designStages.has(error.stage)) return undefined;
  const cause = error.cause;
  if (!ForgeError.isInstance(cause)) return undefined;
  const details = cause.details;
  switch (cause.code) {
    case 'invalid_design':
    case 'invalid_openapi':
      return Array.isArray(details.issues)
        ? (details.issues as { path: string; message: string }[]).map(
            (issue) => `${issue.path || '/'}: ${issue.message}`,
          )
        : [cause.message];
    case 'spec_lint_failed':
      return (details.findings as { ruleId: string; path: string; message: string }[]).map(
        (finding) => `${finding.ruleId} at ${finding.path || '/'}: ${finding.message}`,
      );
    case 'project_tests_failed':
      return [
        `The generated project's ${String(details.step)} step ${String(details.problem)}. Last output:`,
        ...String(details.outputTail)
          .split('\n')
          .filter((line) => line.trim() !== ''),
      ];
    default:
      return undefined;
  }
}

function whyNoRepair(planned: Planned, made: number, maxRepairs: number): string | undefined {
  if (planned.planner === 'input')
    return 'No repair was attempted: the design was given as input, so no planner can correct it. Fix the design and run again.';
  if (planned.planner === 'import')
    return 'No repair was attempted: the design was imported from your OpenAPI document. Fix the document and run again.';
  if (planned.revise === undefined) {
    return planned.planner === 'embedded'
      ? 'No repair was attempted: the embedded planner is deterministic and would plan the same design again. ' +
          "Rephrase the prompt, or plan with a model that can correct itself (llm: 'ollama', or --llm ollama)."
      : `No repair was attempted: the ${planned.planner} planner cannot revise its designs. Rephrase the prompt and run again.`;
  }
  if (maxRepairs <= 0)
    return 'No repair was attempted: repairs are off (maxRepairs: 0). Allow some (--max-repairs 2) or rephrase the prompt.';
  if (made >= maxRepairs)
    return `Gave up after ${made} repair${made === 1 ? '' : 's'} (maxRepairs: ${maxRepairs}): the revised design still fails. Rephrase the prompt or try a larger model.`;
  return undefined;
}
