import { chmodSync, mkdtempSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deployer } from '../deployer.js';
import { DeployQuotaError } from '../errors.js';
import { createLocalDeployer } from '../local/local-deployer.js';
import { writeFixtureProject } from '../testing/index.js';
import { createVercelDeployer } from '../vercel/vercel-deployer.js';
import { createDeployerChain } from './deployer-chain.js';

// Sandboxes run as nobody when tests run as root, so their workspace root must be traversable.
const rootDir = mkdtempSync(join(tmpdir(), 'chain-test-'));
chmodSync(rootDir, 0o711);
const fixture = async () =>
  writeFixtureProject(await mkdtemp(join(tmpdir(), 'chain-fixture-')), { build: false });

/** A deployer that always fails the way a platform out of quota does. */
const overQuota = (provider: string): Deployer => ({
  specificationVersion: 'v1',
  provider,
  deploy: async () => {
    throw new DeployQuotaError(`${provider}: plan limit reached`);
  },
  status: async () => 'stopped',
  logs: async () => [],
  destroy: async () => undefined,
});

describe('deployer chain', { timeout: 10_000 }, () => {
  afterEach(() => vi.unstubAllEnvs());

  it('falls back to the next deployer and reports each hop; its id routes status, logs and destroy', async () => {
    vi.stubEnv('VERCEL_TOKEN', '');
    const chain = createDeployerChain([
      createVercelDeployer(),
      createLocalDeployer({ sandbox: createBubblewrapSandbox({ rootDir }) }),
    ]);
    const logged: string[] = [];
    const deployment = await chain.deploy(await fixture(), { onLog: (line) => logged.push(line) });
    try {
      expect(deployment.provider).toBe('local');
      expect(deployment.id).toMatch(/^local:fixture-api-/);
      expect(deployment.hops).toEqual([
        {
          provider: 'vercel',
          ms: expect.any(Number),
          error: { code: 'deploy_auth', message: expect.stringContaining('VERCEL_TOKEN') },
        },
        { provider: 'local', ms: expect.any(Number) },
      ]);
      expect(logged[0]).toMatch(/^\[chain\] vercel failed \(deploy_auth\) after \d+ ms$/);
      expect((await fetch(`${deployment.url}/healthz`)).status).toBe(200);
      expect(await chain.status(deployment.id)).toBe('live');
      await expect.poll(() => chain.logs(deployment.id)).toContain('listening on 3000');
    } finally {
      await chain.destroy(deployment.id);
    }
    expect(await chain.status(deployment.id)).toBe('stopped');
    expect(await chain.status('no-provider-prefix')).toBe('stopped');
  });

  it('fails with every hop when no deployer succeeds', async () => {
    const chain = createDeployerChain([overQuota('vercel'), overQuota('fly')]);
    await expect(chain.deploy(await fixture())).rejects.toMatchObject({
      code: 'deploy_failed',
      message: expect.stringContaining('vercel: deploy_quota, fly: deploy_quota'),
      details: {
        hops: [
          { provider: 'vercel', error: { code: 'deploy_quota' } },
          { provider: 'fly', error: { code: 'deploy_quota' } },
        ],
      },
    });
  });

  it('stops at a caller abort instead of trying the next deployer', async () => {
    const next = { ...overQuota('fly'), deploy: vi.fn() };
    const aborted = AbortSignal.abort();
    const chain = createDeployerChain([overQuota('vercel'), next]);
    await expect(chain.deploy(await fixture(), { signal: aborted })).rejects.toMatchObject({
      code: 'deploy_quota',
    });
    expect(next.deploy).not.toHaveBeenCalled();
  });

  it('refuses an empty chain and duplicate providers', () => {
    expect(() => createDeployerChain([])).toThrow(TypeError);
    expect(() => createDeployerChain([overQuota('fly'), overQuota('fly')])).toThrow(TypeError);
  });

  it('routes update to the deployer that made the deployment, and has none when no deployer can', async () => {
    const chain = createDeployerChain([
      overQuota('vercel'),
      createLocalDeployer({ sandbox: createBubblewrapSandbox({ rootDir }) }),
    ]);
    const deployment = await chain.deploy(await fixture());
    try {
      const dir = await mkdtemp(join(tmpdir(), 'chain-fixture-'));
      const next = await writeFixtureProject(dir, { build: false, label: 'two' });
      await expect(chain.update!(deployment.id, next)).resolves.toMatchObject({
        id: deployment.id,
        url: deployment.url,
      });
      expect(await (await fetch(`${deployment.url}/hello`)).json()).toMatchObject({ label: 'two' });
      await expect(chain.update!('vercel:some-api', next)).rejects.toMatchObject({
        code: 'deploy_unsupported',
      });
    } finally {
      await chain.destroy(deployment.id);
    }
    expect(createDeployerChain([overQuota('vercel'), overQuota('fly')]).update).toBeUndefined();
  });
});
