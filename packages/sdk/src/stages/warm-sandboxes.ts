import {
  createSandboxPool,
  type CreateSandboxOptions,
  type SandboxPool,
  type SandboxProvider,
} from '@smartapiforge/sandbox';

/**
 * Test and deployment sandboxes made ahead of demand. Each kind of sandbox (one runtime, one set of
 * create options) gets a pool of one once a first run has created its own: every later run takes a
 * sandbox that is already started (a test sandbox, for Express, with its database cluster unpacked),
 * and its replacement is prepared while that run goes on. Only host providers are pooled: an idle
 * cloud sandbox is billed while it waits.
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
  /**
   * `provider` with each kind of create request (the same options, as `pooled` compares them) served
   * from a pool of its own once a first request of that kind has created its sandbox: for callers
   * whose options are known only when they create, such as a deployer, which asks for the mounts and
   * image of the project it deploys. `key` keeps these pools apart from `pooled`'s.
   */
  pooledPerRequest(base: SandboxProvider, provider: SandboxProvider, key: string): SandboxProvider;
  /** Destroys the idle sandboxes; those handed out stay their owners' to destroy. */
  close(): Promise<void>;
}

export function createWarmSandboxes(): WarmSandboxes {
  const pools = new Map<SandboxProvider, Map<string, SandboxPool>>();
  let closed = false;
  /** `provider`, pooled per the options `optionsOf` gives for a request (see `pooled`). */
  function wrap(
    base: SandboxProvider,
    provider: SandboxProvider,
    key: string,
    optionsOf: (request: CreateSandboxOptions) => Omit<CreateSandboxOptions, 'signal'>,
  ): SandboxProvider {
    if (closed || base.capabilities.runtimes !== undefined) return provider;
    const byKey = pools.get(base) ?? new Map<string, SandboxPool>();
    pools.set(base, byKey);
    return {
      specificationVersion: provider.specificationVersion,
      provider: provider.provider,
      capabilities: provider.capabilities,
      async create(request = {}) {
        const options = optionsOf(request);
        const poolKey = JSON.stringify([key, options]);
        const pool = byKey.get(poolKey);
        if (pool) return pool.create(request);
        // The first run creates its own; the pool starts filling once it has, while that run goes
        // on, so a lone run never waits on a sandbox made for someone else.
        const sandbox = await provider.create(request);
        if (!closed && !byKey.has(poolKey)) {
          byKey.set(poolKey, createSandboxPool(provider, { size: 1, createOptions: options }));
        }
        return sandbox;
      },
    };
  }

  return {
    pooled: (base, provider, key, options) => wrap(base, provider, key, () => options),
    pooledPerRequest: (base, provider, key) =>
      wrap(base, provider, key, ({ signal: _signal, ...options }) => options),
    async close() {
      closed = true;
      const all = [...pools.values()].flatMap((byKey) => [...byKey.values()]);
      pools.clear();
      await Promise.all(all.map((pool) => pool.close()));
    },
  };
}
