import type { DeployableProject, Deployment } from '@smartapiforge/deployers';
import {
  expressBuildAhead,
  prepareContractSuite,
  readForgeFolder,
  scaffoldProject,
  type GeneratedProject,
  type ProjectRuntime,
} from '@smartapiforge/scaffolders';
import { checkContract, type ContractCheck } from '../contract-check.js';
import type { RateLimitOption, ScaffoldResult } from '../forge-types.js';
import { InvalidOptionError } from '../errors.js';
import { createLocalCredentials, type LocalCredentials } from '../local-credentials.js';
import { runStage, type StageContext } from '../run-stage.js';
import { checkContractOperations, contractSecrets, type SpecFirstContract } from '../spec-first.js';
import type { Pipeline } from './pipeline.js';
import { deployedClusterConf } from './pglite-settings.js';
import { prepareRuntime } from './runtime-stage.js';

/** What a deployer runs for a scaffolded project. */
export function deployableFor(
  scaffolded: Pick<ScaffoldResult, 'design' | 'outDir'>,
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
    ...dataDirOf(dataDirs[project.stack], runtime),
  };
}

/**
 * Express apps load the runtime's PGlite snapshot (PGLITE_SNAPSHOT, an initialised cluster as a tar)
 * into a new data folder at their first start; the deployer unpacks it there instead, natively, so
 * the app opens an initialised database and its first start skips reading and copying 40 MB through
 * WebAssembly. The unpacked cluster gets a deployment-sized buffer pool (deployedClusterConf).
 */
function dataDirOf(
  dataDir: DeployableProject['dataDir'],
  runtime: ProjectRuntime,
): Pick<DeployableProject, 'dataDir'> {
  if (!dataDir) return {};
  const snapshot = dataDir.env === 'PGLITE_DATA_DIR' ? runtime.env.PGLITE_SNAPSHOT : undefined;
  if (!snapshot) return { dataDir };
  return {
    dataDir: { ...dataDir, seed: snapshot, seedFiles: { 'postgresql.auto.conf': deployedClusterConf } },
  };
}

/**
 * Where each stack keeps its data on disk without DATABASE_URL: Express embeds PGlite, which takes a
 * data folder; FastAPI opens a SQLite file there and applies its numbered SQLite migrations at start-up.
 */
const dataDirs: Partial<Record<string, DeployableProject['dataDir']>> = {
  express: { env: 'PGLITE_DATA_DIR' },
  fastapi: { env: 'DATABASE_URL', value: 'sqlite:///{dir}/data.db' },
};

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
    return target.deploy(await withBuildAhead(target.provider, deployable), {
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      env,
      onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
    });
  });
  pipeline.deployments.add(deployment.id);
  pipeline.deployedEnv.set(deployment.id, env);
  ctx.emit({ type: 'deployed', deployment });
  return deployment;
}

/**
 * The deploy stage of a change: the new version replaces a live deployment behind its URL, with the
 * env it runs with (its secrets) and its data kept. Deployers that cannot switch in place refuse.
 */
export async function updateDeployment(
  pipeline: Pipeline,
  ctx: StageContext,
  id: string,
  deployable: DeployableProject,
  runtimeEnv: Readonly<Record<string, string>>,
): Promise<Deployment> {
  const deployment = await runStage(ctx, 'deploy', async () => {
    const target = await pipeline.deployer();
    if (!target.update || !pipeline.deployments.has(id)) {
      throw new InvalidOptionError(
        'deploymentId',
        target.update
          ? `${id} is not a live deployment of this forge; pass the id generate returned, or leave deploymentId out to deploy afresh.`
          : `The ${target.provider} deployer cannot switch a deployment to a new version in place; leave deploymentId out to deploy afresh.`,
      );
    }
    ctx.emit({ type: 'deploying', provider: target.provider });
    const env = { ...pipeline.deployedEnv.get(id), ...runtimeEnv };
    return target.update(id, await withBuildAhead(target.provider, deployable), {
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      env,
      onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
    });
  });
  ctx.emit({ type: 'deployed', deployment });
  return deployment;
}

/**
 * The project with its build made ahead, here, for the local deployer, which would otherwise start a
 * Node.js and an esbuild in the deployment's sandbox for it before the app can start (~0.3 CPU-s): an
 * Express project's unedited build script only transpiles its sources with the dependency set's esbuild,
 * which this process runs already for the test transforms. Cloud deployers build where they run.
 */
async function withBuildAhead(provider: string, deployable: DeployableProject): Promise<DeployableProject> {
  const nodeModules = deployable.mounts?.find((mount) => mount.sandboxPath === 'node_modules');
  if (provider !== 'local' || deployable.stack !== 'express' || !deployable.build || !nodeModules) {
    return deployable;
  }
  const built = await expressBuildAhead(deployable.dir, nodeModules.hostPath);
  return built ? { ...deployable, built } : deployable;
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

/**
 * What the contract stage can do before the API is served: compile the generated contract's
 * validators (the suite keeps them for its run). Spec-first contracts are probed operation by
 * operation instead, with nothing to compile ahead.
 */
export function contractPreparation(
  scaffolded: ScaffoldResult,
  specFirst: SpecFirstContract | undefined,
): ((signal: AbortSignal) => Promise<void>) | undefined {
  if (specFirst) return undefined;
  return (signal) => prepareContractSuite(scaffolded.openapi, signal);
}

/**
 * A live deployment switched to the project on disk: its stack and design from `.forge/`, its commands
 * and dependency set from the stack, its files as they are (the user's edits included).
 */
export async function redeployProject(
  pipeline: Pipeline,
  ctx: StageContext,
  id: string,
  projectDir: string,
): Promise<Deployment> {
  const state = await readForgeFolder(projectDir);
  const project = scaffoldProject(state.stack, state.design, state.openapi as Record<string, unknown>);
  const runtime = await prepareRuntime(pipeline, ctx, project);
  const deployable = deployableFor({ design: state.design, outDir: projectDir }, project, runtime);
  return updateDeployment(pipeline, ctx, id, deployable, runtime.env);
}
