import path from 'node:path';
import type { MigrationPlan } from '@smartapiforge/scaffolders';
import type { SandboxHop } from '@smartapiforge/sandbox';
import type { ChangeOptions, ChangeResult } from '../change-types.js';
import type { Planned } from '../repair-loop.js';
import type { StageContext } from '../run-stage.js';
import { checkAllowed, classifyChange, planRequest, readProject } from './change-plan-stage.js';
import {
  checkServedContract,
  deployableFor,
  deployProject,
  deploySecrets,
  updateDeployment,
} from './deploy-stage.js';
import { mergeProject, planProjectMigration, writeMergedProject } from './merge-stage.js';
import { buildWithRepairs } from './plan-stage.js';
import type { Pipeline } from './pipeline.js';
import { runtimeWhenNeeded } from './runtime-stage.js';
import { specFrom } from './spec-stage.js';
import { testProject } from './test-stage.js';
import { ChangeConflictError } from '../errors.js';
import { ForgeError } from '@smartapiforge/errors';

/**
 * read → plan → diff (classified; refusals stop here, and so does a dry run) → compile → validate →
 * migrate → scaffold → merge → write (conflicts stop here) → dependencies → test → deploy (the same
 * URL when a live deployment is named) → contract (fresh deployments only).
 */
export async function runChange(
  pipeline: Pipeline,
  ctx: StageContext,
  projectDir: string,
  request: string,
  options: ChangeOptions,
): Promise<Omit<ChangeResult, 'timings'>> {
  const dir = path.resolve(projectDir);
  ctx.outDir = dir;
  const state = await readProject(ctx, dir);
  const plan = await planRequest(
    ctx,
    state.design,
    request,
    options.planner ?? pipeline.settings.changePlanner,
  );
  const classified = await classifyChange(ctx, state, plan);
  refuseUnless(ctx, () =>
    checkAllowed(classified, { breaking: options.allowBreaking, destructive: options.allowDestructive }),
  );
  const base = {
    projectDir: dir,
    previousVersion: classified.fromVersion,
    version: classified.toVersion,
    designDiff: classified.designDiff,
    diff: classified.diff,
    assumptions: plan.assumptions,
  };
  const planned: Planned = {
    design: classified.design,
    planner: plan.planner,
    warnings: [],
    assumptions: plan.assumptions,
    hops: [],
  };
  const spec = await specFrom(ctx, planned);
  const migration = await planProjectMigration(
    ctx,
    state,
    spec.design,
    plan.renames,
    options.allowDestructive === true,
  );
  const described = { ...base, design: spec.design, openapi: spec.openapi, warnings: spec.warnings };
  if (options.dryRun) {
    for (const stage of ['scaffold', 'merge', 'write', 'test', 'deploy'] as const)
      ctx.emit({ type: 'stage-skip', stage, reason: 'dry run' });
    return { ...described, applied: false, ...migrationOf(migration), updates: [], conflicts: [] };
  }

  const merged = await mergeProject(ctx, dir, state, spec, migration);
  await writeMergedProject(ctx, dir, state, spec, merged);
  const applied = {
    ...described,
    applied: true,
    ...migrationOf(migration),
    updates: merged.merge.updates,
    conflicts: merged.merge.conflicts,
  };
  if (merged.merge.conflicts.length > 0) {
    refuseUnless(
      ctx,
      () => {
        throw new ChangeConflictError(merged.merge.conflicts);
      },
      'merge',
    );
  }

  const { project } = merged;
  const wantsTest = options.test !== false;
  const wantsDeploy = options.deploy !== false;
  const scaffolded = {
    ...spec,
    outDir: dir,
    specPath: path.join(dir, 'openapi.yaml'),
    files: Object.keys(merged.files).sort(),
  };
  const sandboxHops: SandboxHop[] = [];
  // The project's own tests, the user's edits included, on the new version. Failing tests go through
  // the repair loop as in generate; change plans cannot be revised yet, so the loop says so and fails.
  const { runtime, tested } = await buildWithRepairs(ctx, planned, options.maxRepairs, async () => {
    const runtime = await runtimeWhenNeeded(pipeline, ctx, project, wantsTest || wantsDeploy);
    if (!wantsTest) {
      ctx.emit({ type: 'stage-skip', stage: 'test', reason: 'disabled' });
      return { runtime, tested: undefined };
    }
    const withFiles = { ...scaffolded, project, contents: merged.files };
    return {
      runtime,
      tested: await testProject(pipeline, ctx, planned, withFiles, runtime, sandboxHops, options.maxRepairs),
    };
  });
  const checked = { ...applied, ...(tested ? { test: tested.test } : {}) };
  if (!wantsDeploy) {
    ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
    ctx.emit({ type: 'stage-skip', stage: 'contract', reason: 'nothing deployed' });
    return checked;
  }
  const deployable = deployableFor(scaffolded, project, runtime);
  if (options.deploymentId !== undefined) {
    const deployment = await updateDeployment(pipeline, ctx, options.deploymentId, deployable, runtime.env);
    // The contract suite writes rows; a live deployment's data is the user's, so it is not probed.
    ctx.emit({
      type: 'stage-skip',
      stage: 'contract',
      reason: "the live deployment holds the user's data; the project's own tests ran on the new version",
    });
    return { ...checked, deployment };
  }
  const secrets = deploySecrets(scaffolded, undefined);
  const deployment = await deployProject(pipeline, ctx, deployable, { ...runtime.env, ...secrets.env });
  const contract = await checkServedContract(ctx, scaffolded, undefined, secrets, deployment.url, undefined);
  return {
    ...checked,
    deployment,
    contract,
    ...(secrets.credentials ? { credentials: secrets.credentials } : {}),
  };
}

function migrationOf(migration: MigrationPlan): Pick<ChangeResult, 'migration'> {
  const [first] = migration.files;
  if (!first) return {};
  return {
    migration: {
      file: first.path,
      files: migration.files.map((file) => file.path),
      steps: migration.steps,
      destructive: migration.destructive,
    },
  };
}

/** A refusal is the caller's answer, not a stage failure: it is reported as an error event and thrown as is. */
function refuseUnless(ctx: StageContext, check: () => void, stage: 'diff' | 'merge' = 'diff'): void {
  try {
    check();
  } catch (error) {
    if (ForgeError.isInstance(error))
      ctx.emit({ type: 'error', stage, code: error.code, message: error.message });
    throw error;
  }
}
