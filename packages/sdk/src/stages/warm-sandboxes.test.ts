import type { Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import { describe, expect, it } from 'vitest';
import { createWarmSandboxes } from './warm-sandboxes.js';

/** A provider whose sandboxes are numbered in creation order and say when they are destroyed. */
function countingProvider(capabilities: Partial<SandboxProvider['capabilities']> = {}) {
  const created: string[] = [];
  const destroyed: string[] = [];
  const provider: SandboxProvider = {
    specificationVersion: 'v1',
    provider: 'counting',
    capabilities: { network: false, ports: true, limits: 'none', ...capabilities },
    async create() {
      const id = `sandbox-${created.length + 1}`;
      created.push(id);
      return {
        id,
        destroy: async () => void destroyed.push(id),
      } as Partial<Sandbox> as Sandbox;
    },
  };
  return { provider, created, destroyed };
}

const options = { workspace: 'memory' as const, limits: { memoryMb: 512 } };

describe('warm sandboxes', () => {
  it('lets the first run create its own, then hands each later run one made while the previous ran', async () => {
    const warm = createWarmSandboxes();
    const { provider, created, destroyed } = countingProvider();
    const pooled = () => warm.pooled(provider, provider, 'runtime-a', options);
    const first = await pooled().create(options);
    expect(first.id).toBe('sandbox-1');
    await expect.poll(() => created.length).toBe(2);
    const second = await pooled().create(options);
    expect(second.id).toBe('sandbox-2');
    // Its replacement is made shortly after the hand-over, for the run after.
    await expect.poll(() => created.length).toBe(3);
    expect((await pooled().create(options)).id).toBe('sandbox-3');
    // A request the pool was not made for gets a fresh sandbox.
    expect((await pooled().create({ ...options, workspace: 'disk' })).id).not.toBe('sandbox-4');
    await warm.close();
    expect(destroyed).toContain('sandbox-4');
    expect(destroyed).not.toContain('sandbox-3');
  });

  it('pools per request when the options are known only at create, each kind of request apart', async () => {
    const warm = createWarmSandboxes();
    const { provider, created, destroyed } = countingProvider();
    const deploys = warm.pooledPerRequest(provider, provider, 'deploy');
    const other = { ...options, mounts: [{ hostPath: '/deps/b', sandboxPath: 'node_modules' }] };
    expect((await deploys.create({ ...options, signal: new AbortController().signal })).id).toBe('sandbox-1');
    await expect.poll(() => created.length).toBe(2);
    // Another kind of request creates its own, then gets a pool of its own.
    expect((await deploys.create(other)).id).toBe('sandbox-3');
    await expect.poll(() => created.length).toBe(4);
    expect((await deploys.create(options)).id).toBe('sandbox-2');
    expect((await deploys.create(other)).id).toBe('sandbox-4');
    await warm.close();
    expect(destroyed).not.toContain('sandbox-2');
    expect(destroyed).not.toContain('sandbox-4');
  });

  it('keeps one pool per key, and none for cloud providers, whose idle sandboxes are billed', async () => {
    const warm = createWarmSandboxes();
    const local = countingProvider();
    await warm.pooled(local.provider, local.provider, 'runtime-a', options).create(options);
    await warm.pooled(local.provider, local.provider, 'runtime-b', options).create(options);
    await expect.poll(() => local.created.length).toBe(4);
    const cloud = countingProvider({ runtimes: ['node20-express'] });
    const served = warm.pooled(cloud.provider, cloud.provider, 'runtime-a', options);
    expect(served).toBe(cloud.provider);
    await served.create(options);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cloud.created).toEqual(['sandbox-1']);
    await warm.close();
    expect(local.destroyed).toHaveLength(2);
  });
});
