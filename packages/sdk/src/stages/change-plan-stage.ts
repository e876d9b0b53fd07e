import { isDeepStrictEqual } from 'node:util';
import { ForgeError } from '@smartapiforge/errors';
import { readForgeFolder, type ForgeState } from '@smartapiforge/scaffolders';
import {
  compileOpenApi,
  diffDesigns,
  diffOpenApi,
  nextVersion,
  parseDesign,
  planChange,
  type ApiDesign,
  type ChangePlan,
  type ChangePlanner,
  type DesignDiff,
  type OpenApiDiff,
} from '@smartapiforge/spec-engine';
import { ChangeRefusedError } from '../errors.js';
import { runStage, type StageContext } from '../run-stage.js';
import { emitPlanned } from './plan-stage.js';

/**
 * The read stage: what made the project, from its `.forge/` folder. Only projects whose contract is
 * compiled from their design can be changed by editing the design; a spec-first project serves the
 * user's own document, which a change must not rewrite.
 */
export async function readProject(ctx: StageContext, projectDir: string): Promise<ForgeState> {
  return runStage(ctx, 'read', async () => {
    const state = await readForgeFolder(projectDir);
    const compiled: unknown = JSON.parse(JSON.stringify(compileOpenApi(state.design)));
    if (!isDeepStrictEqual(compiled, state.openapi)) {
      throw new ForgeError(
        'change_spec_first',
        `${projectDir} serves an imported OpenAPI document as written, which forge change does not rewrite. Edit the document and run forge from-spec on it again.`,
      );
    }
    return state;
  });
}

/** The plan stage of a change: the request read against the current design, answered with the whole new design. */
export async function planRequest(
  ctx: StageContext,
  current: ApiDesign,
  request: string,
  planner: ChangePlanner | undefined,
): Promise<ChangePlan> {
  const signal = ctx.signal === undefined ? {} : { signal: ctx.signal };
  const plan = await runStage(ctx, 'plan', () =>
    planner ? planner.planChange(current, request, signal) : planChange(current, request, signal),
  );
  emitPlanned(ctx, {
    design: plan.design,
    planner: plan.planner,
    warnings: [],
    assumptions: plan.assumptions,
    hops: [],
  });
  return plan;
}

export interface ClassifiedChange {
  /** The new design, its version bumped by the contract diff. */
  readonly design: ApiDesign;
  readonly designDiff: DesignDiff;
  readonly diff: OpenApiDiff;
  readonly fromVersion: string;
  readonly toVersion: string;
}

/**
 * The diff stage: the design diff and the contract diff (both compiled at the current version, so the
 * version itself is no difference), each change classified; the new version follows from the contract diff.
 */
export async function classifyChange(
  ctx: StageContext,
  state: ForgeState,
  plan: ChangePlan,
): Promise<ClassifiedChange> {
  const classified = await runStage(ctx, 'diff', () => {
    const design = parseDesign({ ...plan.design, version: state.design.version });
    const diff = diffOpenApi(state.openapi, compileOpenApi(design));
    const toVersion = nextVersion(state.design.version, diff);
    return {
      design: parseDesign({ ...design, version: toVersion }),
      designDiff: diffDesigns(state.design, design, { renames: plan.renames }),
      diff,
      fromVersion: state.design.version,
      toVersion,
    };
  });
  ctx.emit({
    type: 'diff',
    design: classified.designDiff,
    openapi: classified.diff,
    fromVersion: classified.fromVersion,
    toVersion: classified.toVersion,
  });
  return classified;
}

/** Refuses what the caller did not allow, before anything is written. */
export function checkAllowed(
  change: ClassifiedChange,
  allow: { readonly breaking?: boolean; readonly destructive?: boolean },
): void {
  if (change.diff.breaking && allow.breaking !== true) {
    const breaking = change.diff.changes.filter((entry) => entry.breaking);
    throw new ChangeRefusedError(
      'breaking_change_refused',
      `This change breaks clients of version ${change.fromVersion} (${breaking.map((entry) => entry.description).join('; ')}); it would become ${change.toVersion}. Nothing was changed; allow breaking changes (--allow-breaking) to apply it.`,
      breaking,
    );
  }
  if (change.designDiff.destructive && allow.destructive !== true) {
    const destructive = change.designDiff.changes.filter((entry) => entry.destructive);
    throw new ChangeRefusedError(
      'destructive_change_refused',
      `This change deletes or converts stored data (${destructive.map((entry) => entry.description).join('; ')}). Nothing was changed; allow destructive changes (--allow-destructive) to apply it.`,
      destructive,
    );
  }
}
