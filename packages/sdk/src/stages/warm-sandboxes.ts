import {
  createSandboxPool,
  type CreateSandboxOptions,
  type SandboxPool,
  type SandboxProvider,
} from '@smartapiforge/sandbox';

/**
 * Test sandboxes made ahead of demand. Each kind of test sandbox (one runtime, one set of create
 * options) gets a pool of one once a first run has created its own: every later test run takes a
 * sandbox that is already started (and, for Express, has its database cluster unpacked), and its
 * replacement is prepared while that run's tests execute. Only host providers are pooled: an idle cloud sandbox is
 * billed while it waits.
 */
export interface WarmSandboxes {
  /**
   * `provider` served from a pool of sandboxes created with `options`; a create asking for anything
   * else gets a fresh sandbox. `provider` must create alike for one `base` (the provider it wraps)
   * and `key` (what else shapes its sandboxes): the first one given for them makes the pool.
   */
  pooled(
    base: SandboxProvider,
    provider: SandboxProvider,
    key: string,
    options: Omit<CreateSandboxOptions, 'signal'>,
  ): SandboxProvider;
  /** Destroys the idle sandboxes; those handed out stay their owners' to destroy. */
  close(): Promise<void>;
}

export function createWarmSandboxes(): WarmSandboxes {
  const pools = new Map<SandboxProvider, Map<string, SandboxPool>>();
  let closed = false;
  return {
    pooled(base, provider, key, options) {
      if (closed || base.capabilities.runtimes !== undefined) return provider;
      let byKey = pools.get(base);
      if (!byKey) pools.set(base, (byKey = new Map()));
      const poolKey = JSON.stringify([key, options]);
      return {
        specificationVersion: provider.specificationVersion,
        provider: provider.provider,
        capabilities: provider.capabilities,
        async create(request) {
          const pool = byKey.get(poolKey);
          if (pool) return pool.create(request);
          // The first run creates its own; the pool starts filling once it has, while that run's
          // tests execute, so a lone run never waits on a sandbox made for someone else.
          const sandbox = await provider.create(request);
          if (!closed && !byKey.has(poolKey)) {
            byKey.set(poolKey, createSandboxPool(provider, { size: 1, createOptions: options }));
          }
          return sandbox;
        },
      };
    },
    async close() {
      closed = true;
      const all = [...pools.values()].flatMap((byKey) => [...byKey.values()]);
      pools.clear();
      await Promise.all(all.map((pool) => pool.close()));
    },
  };
}
