import type { DeployHop } from '@smartapiforge/deployers';
import type { SandboxHop, SandboxProvider } from '@smartapiforge/sandbox';
import type { PlanHop } from '@smartapiforge/spec-engine';

/**
 * Every provider a fallback chain tried, per kind, in order, ending with the one that answered. A
 * kind with a single provider (no chain) has no hops.
 */
export interface ProviderHops {
  readonly llm: readonly PlanHop[];
  readonly sandbox: readonly SandboxHop[];
  readonly deployer: readonly DeployHop[];
}

/**
 * The same provider, reporting the hops of each sandbox it creates: a chain records every provider it
 * tried on the sandbox itself, which the test stage would otherwise drop when it destroys it.
 */
export function reportSandboxHops(
  provider: SandboxProvider,
  onHops: (hops: readonly SandboxHop[]) => void,
): SandboxProvider {
  return {
    specificationVersion: provider.specificationVersion,
    provider: provider.provider,
    capabilities: provider.capabilities,
    async create(options) {
      const sandbox = await provider.create(options);
      if (sandbox.hops) onHops(sandbox.hops);
      return sandbox;
    },
  };
}
