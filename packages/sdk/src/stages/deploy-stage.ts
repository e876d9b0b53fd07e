import type { DeployableProject, Deployment } from '@smartapiforge/deployers';
import type { GeneratedProject, ProjectRuntime } from '@smartapiforge/scaffolders';
import { checkContract, type ContractCheck } from '../contract-check.js';
import type { RateLimitOption, ScaffoldResult } from '../forge-types.js';
import { createLocalCredentials, type LocalCredentials } from '../local-credentials.js';
import { runStage, type StageContext } from '../run-stage.js';
import { checkContractOperations, contractSecrets, type SpecFirstContract } from '../spec-first.js';
import type { Pipeline } from './pipeline.js';

/** What a deployer runs for a scaffolded project. */
export function deployableFor(
  scaffolded: ScaffoldResult,
  project: GeneratedProject,
  runtime: ProjectRuntime,
): DeployableProject {
  return {
    name: scaffolded.design.name,
    dir: scaffolded.outDir,
    stack: project.stack,
    build: project.commands.build,
    start: project.commands.start,
    mounts: runtime.mounts,
    ...(runtime.image === undefined ? {} : { image: runtime.image }),
  };
}

/** The deploy stage: the project served by the forge's deployer, with its runtime and secret env. */
export async function deployProject(
  pipeline: Pipeline,
  ctx: StageContext,
  deployable: DeployableProject,
  env: Readonly<Record<string, string>>,
): Promise<Deployment> {
  const deployment = await runStage(ctx, 'deploy', async () => {
    const target = await pipeline.deployer();
    ctx.emit({ type: 'deploying', provider: target.provider });
    return target.deploy(deployable, {
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      env,
      onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
    });
  });
  pipeline.deployments.add(deployment.id);
  ctx.emit({ type: 'deployed', deployment });
  return deployment;
}

/** The secrets a deployment runs with: per declared scheme for spec-first, else the design's auth. */
export interface DeploySecrets {
  readonly env: Readonly<Record<string, string>>;
  readonly credentials?: LocalCredentials;
  /** Spec-first: what the contract probe calls with. */
  readonly probe?: ReturnType<typeof contractSecrets>;
}

export function deploySecrets(
  scaffolded: ScaffoldResult,
  specFirst: SpecFirstContract | undefined,
): DeploySecrets {
  // Spec-first deployments get a secret for each kind of scheme the contract declares.
  if (specFirst) {
    const probe = contractSecrets(specFirst.plan);
    return {
      env: { ...probe.credentials?.env, ...probe.env },
      ...(probe.credentials ? { credentials: probe.credentials } : {}),
      probe,
    };
  }
  const credentials = createLocalCredentials(scaffolded.design);
  return { env: { ...credentials?.env }, ...(credentials ? { credentials } : {}) };
}

/** The contract stage: every operation called on the served API and each answer checked against the contract. */
export async function checkServedContract(
  ctx: StageContext,
  scaffolded: ScaffoldResult,
  specFirst: SpecFirstContract | undefined,
  secrets: DeploySecrets,
  url: string,
  rateLimit: RateLimitOption | undefined,
): Promise<ContractCheck> {
  const contract = await runStage(ctx, 'contract', () =>
    specFirst && secrets.probe
      ? checkContractOperations(specFirst, url, secrets.probe)
      : checkContract(scaffolded.openapi, url, secrets.credentials, ctx.signal, rateLimit),
  );
  ctx.emit({
    type: 'contract:result',
    passed: contract.passed,
    failed: contract.failed,
    skipped: contract.skipped,
    durationMs: contract.durationMs,
  });
  return contract;
}
