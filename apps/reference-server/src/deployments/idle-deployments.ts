import type { Forge } from '@smartapiforge/sdk';
import type { Store } from '../store/store.js';

/** Limits on the APIs the server keeps running for its users. */
export interface DeploymentLimits {
  /** Live deployments per user (jobs on their way to one count too). Default 3. */
  readonly maxLive: number;
  /** A deployment its owner has not used through the server for this long is stopped. Default 1 h. */
  readonly idleTimeoutMs: number;
  /** Time between looks for idle deployments. Default: a quarter of the idle timeout, at most 1 min. */
  readonly sweepIntervalMs?: number;
}

export const defaultDeploymentLimits: DeploymentLimits = { maxLive: 3, idleTimeoutMs: 3_600_000 };

/**
 * Stops deployments that have gone idle and marks them stopped, so they no longer count against their
 * owner's cap. "Used" means used through this server (deployed, project read, credentials, tokens):
 * calls straight to the deployed API do not pass through it. The stop goes through this process's
 * forge, which reaches every deployment of a cloud deployer but only its own children of the local
 * one: with several instances and local deployments, another instance's deployment is marked stopped
 * here but keeps running until its instance exits (which stops all of them).
 */
export function startIdleDeploymentExpiry(store: Store, forge: Forge, limits: DeploymentLimits) {
  const intervalMs = limits.sweepIntervalMs ?? Math.min(60_000, Math.max(1000, limits.idleTimeoutMs / 4));
  let sweeping: Promise<void> = Promise.resolve();

  async function expireIdle(): Promise<void> {
    for (const idle of await store.idleDeployments(limits.idleTimeoutMs)) {
      try {
        await forge.stop(idle.deploymentId);
        await store.markDeploymentStopped(idle.ownerId, idle.projectId);
      } catch (error) {
        console.error(`deployment ${idle.deploymentId} could not be stopped yet:`, (error as Error).message);
      }
    }
  }

  const timer = setInterval(() => {
    sweeping = sweeping.then(expireIdle).catch((error: unknown) => {
      console.error('idle deployments: sweep failed:', (error as Error).message);
    });
  }, intervalMs);
  timer.unref();

  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await sweeping;
    },
  };
}
