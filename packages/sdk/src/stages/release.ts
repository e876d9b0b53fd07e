import type { DeployableProject, Deployment } from '@smartapiforge/deployers';
import type { ContractCheck } from '../contract-check.js';
import type { ForgeEvent } from '../events.js';
import type { StageContext } from '../run-stage.js';
import { deployProject, type DeploySecrets } from './deploy-stage.js';
import type { Pipeline } from './pipeline.js';

/** What a release deploys, with which env, and how its served contract is checked. */
export interface ReleaseInput {
  readonly deployable: DeployableProject;
  readonly secrets: DeploySecrets;
  /** The deployment's whole env, the secrets' included. */
  readonly env: Readonly<Record<string, string>>;
  /** The contract stage, on the deployment's URL. */
  readonly checkContract: (ctx: StageContext, url: string) => Promise<ContractCheck>;
  /**
   * Work of the contract stage that needs no server (compiling its validators), done while the
   * deployment starts instead of between the stage's requests. Ignored if it fails: the contract
   * stage then does that work itself.
   */
  readonly prepareContract?: (signal: AbortSignal) => Promise<void>;
}

/**
 * A deployment made while something else still decides whether it may go out: the deploy and contract
 * stages run at once, but their events (the URL among them) are held back until `publish()`. A
 * release that is `withdraw()`n instead is stopped, and its events are never seen.
 */
export interface Release {
  /** The secrets the deployment runs with (the credentials a caller is given). */
  readonly secrets: DeploySecrets;
  /** Reports the held events, then the rest as they happen; resolves once deployed and checked. */
  publish(): Promise<{ deployment: Deployment; contract: ContractCheck }>;
  /** Stops the release, aborting whatever stage it is in, and resolves once nothing of it runs. */
  withdraw(): Promise<void>;
}

/**
 * Starts deploying at once. The generate pipeline starts a release beside the project's tests, so that
 * a passing run waits for the slower of the two instead of their sum; the tests still decide, since
 * nothing of the release is reported (nor its URL returned) before they pass.
 */
export function startRelease(pipeline: Pipeline, ctx: StageContext, input: ReleaseInput): Release {
  const withdrawn = new AbortController();
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, withdrawn.signal]) : withdrawn.signal;
  const held: ForgeEvent[] = [];
  let state: 'held' | 'published' | 'withdrawn' = 'held';
  const emit = (event: ForgeEvent) => {
    if (state === 'published') ctx.emit(event);
    else if (state === 'held') held.push(event);
  };
  const releaseCtx: StageContext = { ...ctx, emit, signal };
  let deployment: Deployment | undefined;

  const run = (async () => {
    void input.prepareContract?.(signal).catch(() => undefined);
    deployment = await deployProject(pipeline, releaseCtx, input.deployable, input.env);
    const contract = await input.checkContract(releaseCtx, deployment.url);
    return { deployment, contract };
  })();
  // Settled either way before anyone awaits it, so a failure while the tests run is never unhandled.
  const settled = run.then(
    () => undefined,
    () => undefined,
  );

  return {
    secrets: input.secrets,
    async publish() {
      state = 'published';
      for (const event of held.splice(0)) ctx.emit(event);
      return run;
    },
    async withdraw() {
      if (state === 'published') return;
      state = 'withdrawn';
      held.length = 0;
      withdrawn.abort(new Error('The release was withdrawn: its project did not pass its tests.'));
      await settled;
      if (deployment) {
        pipeline.deployments.delete(deployment.id);
        pipeline.deployedEnv.delete(deployment.id);
        await (await pipeline.deployer()).destroy(deployment.id);
      }
    },
  };
}
