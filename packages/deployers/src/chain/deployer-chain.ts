import { ForgeError } from '@smartapiforge/errors';
import type { DeployableProject, Deployer, DeployHop, Deployment, DeployOptions } from '../deployer.js';
import { DeployFailedError, DeployUnsupportedError } from '../errors.js';

/**
 * Tries each deployer in order until one deploys (the PRD's fallback: Vercel, then Fly). The
 * deployment returned carries the hops; its id is prefixed with its provider so that status, logs and
 * destroy reach the deployer that made it, even from a chain created later.
 */
export function createDeployerChain(deployers: readonly Deployer[]): Deployer {
  const byProvider = new Map(deployers.map((deployer) => [deployer.provider, deployer]));
  if (deployers.length === 0 || byProvider.size !== deployers.length) {
    throw new TypeError('A deployer chain needs at least one deployer and distinct providers.');
  }

  const route = (id: string): { deployer: Deployer | undefined; innerId: string } => {
    const separator = id.indexOf(':');
    if (separator < 0) return { deployer: undefined, innerId: id };
    return { deployer: byProvider.get(id.slice(0, separator)), innerId: id.slice(separator + 1) };
  };

  async function deploy(project: DeployableProject, options: DeployOptions = {}): Promise<Deployment> {
    const hops: DeployHop[] = [];
    let lastError: unknown;
    for (const deployer of deployers) {
      const started = Date.now();
      try {
        const deployment = await deployer.deploy(project, options);
        hops.push({ provider: deployer.provider, ms: Date.now() - started });
        return { ...deployment, id: `${deployer.provider}:${deployment.id}`, hops };
      } catch (error) {
        // A caller's abort is not the deployer's failure; trying the next one would ignore it.
        if (options.signal?.aborted) throw error;
        lastError = error;
        const code = ForgeError.isInstance(error) ? error.code : 'unknown';
        const message = error instanceof Error ? error.message : String(error);
        hops.push({ provider: deployer.provider, ms: Date.now() - started, error: { code, message } });
        options.onLog?.(`[chain] ${deployer.provider} failed (${code}) after ${Date.now() - started} ms`);
      }
    }
    throw new DeployFailedError(
      `Every deployer failed (${hops.map((hop) => `${hop.provider}: ${hop.error?.code}`).join(', ')}); see details.hops.`,
      {
        cause: lastError,
        isRetryable: ForgeError.isInstance(lastError) && lastError.isRetryable,
        details: {
          hops,
          ...(ForgeError.isInstance(lastError) && lastError.details.logTail !== undefined
            ? { logTail: lastError.details.logTail }
            : {}),
        },
      },
    );
  }

  return {
    specificationVersion: 'v1',
    provider: 'chain',
    deploy,
    status: async (id) => {
      const { deployer, innerId } = route(id);
      return deployer ? deployer.status(innerId) : 'stopped';
    },
    logs: async (id) => {
      const { deployer, innerId } = route(id);
      return deployer ? deployer.logs(innerId) : [];
    },
    destroy: async (id) => {
      const { deployer, innerId } = route(id);
      await deployer?.destroy(innerId);
    },
    // Only where some deployer in the chain can switch versions; the one that made the deployment must.
    ...(deployers.some((deployer) => deployer.update)
      ? {
          update: async (id: string, project: DeployableProject, options?: DeployOptions) => {
            const { deployer, innerId } = route(id);
            if (!deployer?.update) {
              throw new DeployUnsupportedError(
                `${deployer?.provider ?? 'No deployer in this chain'} cannot switch ${id} to a new version in place; deploy it afresh.`,
              );
            }
            const deployment = await deployer.update(innerId, project, options);
            return { ...deployment, id };
          },
        }
      : {}),
  };
}
