import type { SandboxHop } from '@smartapiforge/sandbox';
import type { GeneratedProject, ProjectRuntime } from '@smartapiforge/scaffolders';
import type { GenerateInput, GenerateOptions, GenerateResult, ScaffoldResult } from '../forge-types.js';
import { rateLimitEnv } from '../rate-limit-option.js';
import type { StageContext } from '../run-stage.js';
import type { SpecFirstContract } from '../spec-first.js';
import { checkServedContract, contractPreparation, deployableFor, deploySecrets } from './deploy-stage.js';
import { planAndBuild } from './plan-stage.js';
import type { Pipeline } from './pipeline.js';
import { startRelease, type Release } from './release.js';
import { runtimeWhenNeeded } from './runtime-stage.js';
import { scaffoldFrom } from './scaffold-stage.js';
import { testProject } from './test-stage.js';

export type GenerateOutcome = Omit<GenerateResult, 'id' | 'timings' | 'providerHops'> & {
  readonly sandboxHops: SandboxHop[];
};

/**
 * Every stage: plan → compile → validate → scaffold → write → dependencies → test → deploy → contract,
 * reported in that order; deploy and contract run while the tests do, and are reported once they pass.
 */
export async function runGenerate(
  pipeline: Pipeline,
  ctx: StageContext,
  input: GenerateInput,
  options: GenerateOptions,
): Promise<GenerateOutcome> {
  const wantsTest = options.test !== false;
  const wantsDeploy = options.deploy !== false;
  const sandboxHops: SandboxHop[] = [];
  let specFirst: SpecFirstContract | undefined;
  const releaseOf = (
    scaffolded: ScaffoldResult,
    project: GeneratedProject,
    runtime: ProjectRuntime,
  ): Release => {
    const secrets = deploySecrets(scaffolded, specFirst);
    const contract = specFirst;
    return startRelease(pipeline, ctx, {
      deployable: deployableFor(scaffolded, project, runtime),
      secrets,
      env: { ...runtime.env, ...secrets.env, ...rateLimitEnv(options.rateLimit) },
      checkContract: (releaseCtx, url) =>
        checkServedContract(releaseCtx, scaffolded, contract, secrets, url, options.rateLimit),
      prepareContract: contractPreparation(scaffolded, contract),
    });
  };
  // Compile through test is what a repaired design goes through again.
  const built = await planAndBuild(pipeline, ctx, input, options.maxRepairs, async (planned) => {
    specFirst = planned.contract;
    const { project, contents, ...scaffolded } = await scaffoldFrom(ctx, planned, options);
    const runtime = await runtimeWhenNeeded(pipeline, ctx, project, wantsTest || wantsDeploy);
    if (!wantsTest) {
      ctx.emit({ type: 'stage-skip', stage: 'test', reason: 'disabled' });
      return { scaffolded, project, runtime, tested: undefined, release: undefined };
    }
    // The project deploys while its tests run, unless the test stage rewrites files (model-written
    // handlers are kept only once their tests pass); the release goes out only if the tests pass.
    const early =
      wantsDeploy && !(planned.contract && pipeline.handlerModel)
        ? releaseOf(scaffolded, project, runtime)
        : undefined;
    try {
      const tested = await testProject(
        pipeline,
        ctx,
        planned,
        { ...scaffolded, project, contents },
        runtime,
        sandboxHops,
        options.maxRepairs,
      );
      return { scaffolded, project, runtime, tested, release: early };
    } catch (error) {
      // The test failure is what to report (and what a repair works from), even if stopping fails.
      await early?.withdraw().catch(() => undefined);
      throw error;
    }
  });
  const { project, runtime, tested } = built;
  const scaffolded = { ...built.scaffolded, repairs: [...ctx.repairs] };
  const checked = {
    ...scaffolded,
    ...(tested ? { test: tested.test } : {}),
    ...(tested?.handlers ? { handlers: tested.handlers } : {}),
    sandboxHops,
  };

  if (!wantsDeploy) {
    ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
    ctx.emit({ type: 'stage-skip', stage: 'contract', reason: 'nothing deployed' });
    return checked;
  }
  const release = built.release ?? releaseOf(built.scaffolded, project, runtime);
  const { deployment, contract } = await release.publish();
  const { credentials } = release.secrets;
  return {
    ...checked,
    deployment,
    contract,
    ...(credentials ? { credentials } : {}),
  };
}
