import type { Deployer } from '@smartapiforge/deployers';
import type { SandboxProvider } from '@smartapiforge/sandbox';
import type { LLMProvider, Planner } from '@smartapiforge/spec-engine';
import { resolveDeployer, resolveSandbox } from '../adapters.js';
import type { ForgeEvent } from '../events.js';
import type { ForgeSettings } from '../forge-types.js';
import { resolvePlanner } from '../planner-choice.js';
import type { StageContext } from '../run-stage.js';
import { createTypeCheckWorkers, type TypeCheckWorkers } from './typecheck-workers.js';
import { createWarmSandboxes, type WarmSandboxes } from './warm-sandboxes.js';

/**
 * What every stage of one forge shares: the planner, the adapters (resolved on first use, so a forge
 * that only writes specs loads no runtime adapters) and the deployments it made. Generate and change
 * run the same stages over one of these.
 */
export interface Pipeline {
  readonly settings: ForgeSettings;
  readonly planner: Planner;
  /** An LLMProvider given as `llm` also writes spec-first handlers (a named LLM or a planner does not). */
  readonly handlerModel: LLMProvider | undefined;
  sandboxProvider(): Promise<SandboxProvider>;
  deployer(): Promise<Deployer>;
  /** The deployer that made our deployments; one that failed to load made none. */
  deployedWith(): Promise<Deployer | undefined>;
  /** Ids of the deployments this forge made and has not stopped. */
  readonly deployments: Set<string>;
  /** The env each live deployment runs with, so a new version of it keeps its secrets. */
  readonly deployedEnv: Map<string, Readonly<Record<string, string>>>;
  /** Warm type-checkers for the projects' tests, stopped by `close`. */
  readonly typeCheckers: TypeCheckWorkers;
  /** Test sandboxes made ahead of the runs that take them, destroyed by `close`. */
  readonly warmSandboxes: WarmSandboxes;
  /** Stops what the pipeline keeps running between runs (not the deployments). */
  close(): Promise<void>;
  /** A fresh run's stage context. */
  context(emit: (event: ForgeEvent) => void, signal: AbortSignal | undefined): StageContext;
}

export function createPipeline(settings: ForgeSettings): Pipeline {
  const planner = resolvePlanner(settings.llm, settings.model === undefined ? {} : { model: settings.model });
  const handlerModel =
    typeof settings.llm === 'object' && 'generateObject' in settings.llm ? settings.llm : undefined;
  let sandbox: Promise<SandboxProvider> | undefined;
  let deployer: Promise<Deployer> | undefined;
  const sandboxProvider = () => (sandbox ??= resolveSandbox(settings.sandbox));
  const typeCheckers = createTypeCheckWorkers();
  const warmSandboxes = createWarmSandboxes();
  // A local deployment starts in a sandbox booted while the previous one went live, not at its deploy.
  const deploySandboxes = async () => {
    const base = await sandboxProvider();
    return warmSandboxes.pooledPerRequest(base, base, 'deploy');
  };
  return {
    settings,
    planner,
    handlerModel,
    sandboxProvider,
    deployer: () => (deployer ??= resolveDeployer(settings.deployer, deploySandboxes)),
    deployedWith: async () => deployer?.catch(() => undefined),
    deployments: new Set(),
    deployedEnv: new Map(),
    typeCheckers,
    warmSandboxes,
    close: async () => {
      await Promise.all([typeCheckers.close(), warmSandboxes.close()]);
    },
    context: (emit, signal) => ({
      emit,
      signal,
      retries: settings.retries ?? 1,
      outDir: undefined,
      written: [],
      repairs: [],
    }),
  };
}
