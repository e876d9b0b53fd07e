import type { ApiDesign } from '@smartapiforge/spec-engine';
import type { GenerateInput } from '../forge-types.js';
import { runWithRepairs, type Planned } from '../repair-loop.js';
import { runStage, type StageContext } from '../run-stage.js';
import { importContract } from '../spec-first.js';
import type { Pipeline } from './pipeline.js';

const defaultMaxRepairs = 2;

/** The plan stage: a prompt is planned, a spec imported; a given design skips it. */
export async function planFor(pipeline: Pipeline, ctx: StageContext, input: GenerateInput): Promise<Planned> {
  if (typeof input === 'string') {
    const plan = await runStage(ctx, 'plan', () =>
      pipeline.planner.plan(input, ctx.signal === undefined ? {} : { signal: ctx.signal }),
    );
    const planned = { ...plan, hops: plan.hops ?? [] };
    emitPlanned(ctx, planned);
    return planned;
  }
  if ('spec' in input) {
    // Spec-first: the user's document is served as written; the design only describes its storage.
    const contract = await runStage(ctx, 'plan', () => importContract(input.spec));
    const planned = {
      design: contract.design,
      planner: 'import',
      warnings: contract.warnings,
      hops: [],
      contract,
    };
    emitPlanned(ctx, planned);
    return planned;
  }
  ctx.emit({ type: 'stage-skip', stage: 'plan', reason: 'design given' });
  return { design: input.design, planner: 'input', warnings: [], hops: [] };
}

/** A repair round's planning: the planner revises its design with the failures. */
export async function replan(
  ctx: StageContext,
  planned: Planned,
  failures: readonly string[],
): Promise<Planned> {
  const revise = planned.revise!;
  const plan = await runStage(ctx, 'plan', () =>
    revise(failures, ctx.signal === undefined ? {} : { signal: ctx.signal }),
  );
  // The hops of the first plan stay: they say which planner was chosen; revising asks that one again.
  const revised = { ...plan, hops: planned.hops };
  emitPlanned(ctx, revised);
  return revised;
}

/** Runs `build` on a planned design, repairing it as `maxRepairs` allows. */
export async function buildWithRepairs<T>(
  ctx: StageContext,
  planned: Planned,
  maxRepairs: number | undefined,
  build: (planned: Planned) => Promise<T>,
): Promise<T> {
  const { value } = await runWithRepairs({
    ctx,
    planned,
    maxRepairs: maxRepairs ?? defaultMaxRepairs,
    build,
    replan: (current, failures) => replan(ctx, current, failures),
  });
  return value;
}

/** Plans (for a prompt), then runs `build` on the design, repairing it as `maxRepairs` allows. */
export async function planAndBuild<T>(
  pipeline: Pipeline,
  ctx: StageContext,
  input: GenerateInput,
  maxRepairs: number | undefined,
  build: (planned: Planned) => Promise<T>,
): Promise<T> {
  return buildWithRepairs(ctx, await planFor(pipeline, ctx, input), maxRepairs, build);
}

export function emitPlanned(ctx: StageContext, planned: Planned & { design: unknown }): void {
  ctx.emit({
    type: 'planned',
    design: planned.design as ApiDesign,
    planner: planned.planner,
    warnings: planned.warnings,
    assumptions: planned.assumptions ?? [],
    hops: planned.hops,
  });
}
