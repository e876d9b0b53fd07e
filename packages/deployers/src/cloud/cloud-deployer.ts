import type { Deployment } from '../deployer.js';
import { DeployAuthError, DeployFailedError, DeployTimeoutError } from '../errors.js';
import { waitForHealthy } from '../health-check.js';

/** Settings every cloud adapter takes. */
export interface CloudDeployerSettings {
  /** API token; defaults to the platform's environment variable. */
  readonly token?: string;
  /** API base URL, e.g. a loopback fake in tests. */
  readonly baseUrl?: string;
  /** Used for every API call (not for health checks, which go to the app itself). */
  readonly fetch?: typeof fetch;
  /** How often build state, machine state and logs are polled. Default 2 s. */
  readonly pollIntervalMs?: number;
  /** Budget for one deploy, from upload to a healthy app. */
  readonly timeoutMs?: number;
}

export function requireToken(token: string | undefined, tokenEnv: string, platform: string): string {
  const value = token ?? process.env[tokenEnv];
  if (!value) {
    throw new DeployAuthError(
      `No ${platform} API token: set ${tokenEnv} or pass \`token\` to the ${platform} deployer.`,
    );
  }
  return value;
}

export function deploymentAt(provider: string, id: string, url: string): Deployment {
  return {
    id,
    url,
    docsUrl: `${url}/docs`,
    openapiUrl: `${url}/openapi.json`,
    provider,
    startedAt: new Date().toISOString(),
  };
}

/** The last lines of a log, as the `logTail` detail of deploy errors carries them. */
export function tailOf(lines: readonly string[], count = 50): string {
  return lines.slice(-count).join('\n');
}

/**
 * Forwards to `onLog` the lines not seen yet, given the whole log so far each time; platform logs are
 * re-read on every poll, and callers should see each line once.
 */
export function logForwarder(
  onLog: ((line: string) => void) | undefined,
): (lines: readonly string[]) => void {
  let seen = 0;
  return (lines) => {
    for (const line of lines.slice(seen)) onLog?.(line);
    seen = Math.max(seen, lines.length);
  };
}

/**
 * The platform says the app runs; it counts as live only once `/healthz` and `/openapi.json` answer
 * (the platform's own notion of ready says nothing about our routes).
 */
export async function requireHealthy(
  name: string,
  url: string,
  options: {
    deadline: number;
    intervalMs: number;
    exited?: Promise<unknown>;
    signal?: AbortSignal;
    logs: () => Promise<readonly string[]>;
  },
): Promise<void> {
  const outcome = await waitForHealthy(url, {
    timeoutMs: Math.max(0, options.deadline - Date.now()),
    exited: options.exited,
    signal: options.signal,
    intervalMs: options.intervalMs,
    // A platform's first request may start an instance (a function's cold start): give it time.
    requestTimeoutMs: 30_000,
  });
  if (outcome === 'healthy') return;
  const logTail = tailOf(await options.logs().catch(() => []));
  if (outcome === 'exited') {
    throw new DeployFailedError(`${name} stopped before it became healthy; see details.logTail.`, {
      details: { logTail },
    });
  }
  throw new DeployTimeoutError(
    `${name} did not answer /healthz and /openapi.json with 200 at ${url} in time.`,
    {
      details: { logTail },
    },
  );
}
