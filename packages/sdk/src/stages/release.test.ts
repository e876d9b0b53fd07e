import type { Deployer, Deployment, DeployOptions } from '@smartapiforge/deployers';
import { describe, expect, it } from 'vitest';
import type { ContractCheck } from '../contract-check.js';
import { StageFailedError } from '../errors.js';
import type { ForgeEvent } from '../events.js';
import { runStage, type StageContext } from '../run-stage.js';
import type { Pipeline } from './pipeline.js';
import { startRelease } from './release.js';

/** A deployer whose deploy finishes when the test says so (before or after it is called), recording what it was asked. */
function scriptedDeployer() {
  let finish: (outcome: Deployment | Error) => void = () => {};
  const outcome = new Promise<Deployment | Error>((resolve) => (finish = resolve));
  const calls = { deploys: 0, destroyed: [] as string[], signals: [] as (AbortSignal | undefined)[] };
  const deployer: Deployer = {
    specificationVersion: 'v1',
    provider: 'scripted',
    deploy: (_project, options: DeployOptions = {}) => {
      calls.deploys++;
      calls.signals.push(options.signal);
      return new Promise<Deployment>((resolve, reject) => {
        void outcome.then((result) => (result instanceof Error ? reject(result) : resolve(result)));
        options.signal?.addEventListener('abort', () => reject(options.signal!.reason as Error));
      });
    },
    status: async () => 'live',
    logs: async () => [],
    destroy: async (id) => {
      calls.destroyed.push(id);
    },
  };
  return { deployer, calls, finish };
}

const deployment: Deployment = {
  id: 'pets-1',
  url: 'http://127.0.0.1:4000',
  docsUrl: 'http://127.0.0.1:4000/docs',
  openapiUrl: 'http://127.0.0.1:4000/openapi.json',
  provider: 'scripted',
  startedAt: '2026-01-01T00:00:00.000Z',
};
const checked: ContractCheck = { passed: 3, failed: 0, skipped: 0, cases: [], durationMs: 5 };

function setUp(prepare?: (signal: AbortSignal) => Promise<void>) {
  const scripted = scriptedDeployer();
  const events: ForgeEvent[] = [];
  const pipeline = {
    deployer: async () => scripted.deployer,
    deployments: new Set<string>(),
    deployedEnv: new Map(),
  } as unknown as Pipeline;
  const ctx: StageContext = {
    emit: (event) => events.push(event),
    signal: undefined,
    retries: 0,
    outDir: '/tmp/pets',
    written: [],
    repairs: [],
  };
  const contractUrls: string[] = [];
  const preparations: AbortSignal[] = [];
  const release = startRelease(pipeline, ctx, {
    deployable: { name: 'pets', dir: '/tmp/pets', stack: 'express', start: { command: 'node', args: [] } },
    secrets: { env: { API_KEYS: 'k' } },
    env: { API_KEYS: 'k' },
    checkContract: async (releaseCtx, url) => {
      const contract = await runStage(releaseCtx, 'contract', () => (contractUrls.push(url), checked));
      releaseCtx.emit({ type: 'contract:result', passed: 3, failed: 0, skipped: 0, durationMs: 5 });
      return contract;
    },
    prepareContract:
      prepare ??
      (async (signal) => {
        preparations.push(signal);
      }),
  });
  const types = () => events.filter((event) => event.type !== 'stage-start').map((event) => event.type);
  return { ...scripted, events, types, pipeline, release, contractUrls, preparations };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('startRelease', () => {
  it('deploys and checks the contract at once, reporting nothing until published', async () => {
    const { calls, finish, events, types, release, contractUrls, pipeline } = setUp();
    await settle();
    expect(calls.deploys).toBe(1);
    finish(deployment);
    await settle();
    // Deployed and checked already, yet nobody has been told: the URL is not out.
    expect(contractUrls).toEqual([deployment.url]);
    expect(events).toEqual([]);

    const published = await release.publish();
    expect(published).toEqual({ deployment, contract: checked });
    expect(types()).toEqual(['deploying', 'stage-end', 'deployed', 'stage-end', 'contract:result']);
    expect(events.filter((event) => event.type === 'stage-end').map((event) => event.stage)).toEqual([
      'deploy',
      'contract',
    ]);
    expect(pipeline.deployments.has(deployment.id)).toBe(true);
  });

  it('prepares the contract stage while the deployment is on its way, and stops it when withdrawn', async () => {
    const { calls, release, preparations, contractUrls } = setUp();
    await settle();
    expect(calls.deploys).toBe(1);
    expect(contractUrls).toEqual([]);
    expect(preparations).toHaveLength(1);
    expect(preparations[0]!.aborted).toBe(false);
    await release.withdraw();
    expect(preparations[0]!.aborted).toBe(true);
  });

  it('goes out as usual when preparing the contract stage fails', async () => {
    const { finish, release } = setUp(async () => {
      throw new Error('cannot compile');
    });
    finish(deployment);
    await expect(release.publish()).resolves.toEqual({ deployment, contract: checked });
  });

  it('reports events live once published while the deployment is still on its way', async () => {
    const { finish, types, release } = setUp();
    const published = release.publish();
    await settle();
    expect(types()).toEqual(['deploying']);
    finish(deployment);
    await published;
    expect(types()).toContain('deployed');
  });

  it('withdrawn while deploying, aborts the deploy and reports nothing, not even the abort', async () => {
    const { calls, events, release, pipeline } = setUp();
    await settle();
    await release.withdraw();
    expect(calls.signals[0]?.aborted).toBe(true);
    expect(events).toEqual([]);
    expect(pipeline.deployments.size).toBe(0);
    expect(calls.destroyed).toEqual([]);
  });

  it('withdrawn once live, stops the deployment and forgets it', async () => {
    const { calls, finish, events, release, pipeline } = setUp();
    finish(deployment);
    await settle();
    expect(pipeline.deployments.has(deployment.id)).toBe(true);
    await release.withdraw();
    expect(calls.destroyed).toEqual([deployment.id]);
    expect(pipeline.deployments.size).toBe(0);
    expect(events).toEqual([]);
  });

  it('a deploy that fails while held fails the publish with the deploy stage error', async () => {
    const { finish, events, release } = setUp();
    finish(new Error('port in use'));
    await settle();
    expect(events).toEqual([]);
    const failure = await release.publish().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StageFailedError);
    expect((failure as StageFailedError).stage).toBe('deploy');
    expect(events.at(-1)).toMatchObject({ type: 'error', stage: 'deploy' });
  });
});
