import type { SandboxHop } from '@smartapiforge/sandbox';
import type { GenerateInput, GenerateOptions, GenerateResult } from '../forge-types.js';
import { rateLimitEnv } from '../rate-limit-option.js';
import type { StageContext } from '../run-stage.js';
import type { SpecFirstContract } from '../spec-first.js';
import { checkServedContract, deployableFor, deployProject, deploySecrets } from './deploy-stage.js';
import { planAndBuild } from './plan-stage.js';
import type { Pipeline } from './pipeline.js';
import { runtimeWhenNeeded } from './runtime-stage.js';
import { scaffoldFrom } from './scaffold-stage.js';
import { testProject, type TestedProject } from './test-stage.js';

export type GenerateOutcome = Omit<GenerateResult, 'id' | 'timings' | 'providerHops'> & {
  readonly sandboxHops: SandboxHop[];
};

/** Every stage in order: plan → compile → validate → scaffold → write → dependencies → test → deploy → contract. */
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
  // Compile through test is what a repaired design goes through again.
  const built = await planAndBuild(pipeline, ctx, input, options.maxRepairs, async (planned) => {
    specFirst = planned.contract;
    const { project, contents, ...scaffolded } = await scaffoldFrom(ctx, planned, options);
    const runtime = await runtimeWhenNeeded(pipeline, ctx, project, wantsTest || wantsDeploy);
    let tested: TestedProject | undefined;
    if (!wantsTest) ctx.emit({ type: 'stage-skip', stage: 'test', reason: 'disabled' });
    else
      tested = await testProject(
        pipeline,
        ctx,
        planned,
        { ...scaffolded, project, contents },
        runtime,
        sandboxHops,
        options.maxRepairs,
      );
    return { scaffolded, project, runtime, tested };
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
  const secrets = deploySecrets(scaffolded, specFirst);
  const deployment = await deployProject(pipeline, ctx, deployableFor(scaffolded, project, runtime), {
    ...runtime.env,
    ...secrets.env,
    ...rateLimitEnv(options.rateLimit),
  });
  const contract = await checkServedContract(
    ctx,
    scaffolded,
    specFirst,
    secrets,
    deployment.url,
    options.rateLimit,
  );
  return {
    ...checked,
    deployment,
    contract,
    ...(secrets.credentials ? { credentials: secrets.credentials } : {}),
  };
}
