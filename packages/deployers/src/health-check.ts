/** Both must answer 200 before a deployment counts as live. */
const HEALTH_PATHS = ['/healthz', '/openapi.json'];

export type HealthOutcome = 'healthy' | 'exited' | 'timeout';

/** How often an app that has said nothing yet is probed, when the caller watches its output. */
const SILENT_INTERVAL_MS = 250;

/**
 * Polls the app until it is healthy, it exits (no point waiting longer), or time runs out. `exited`
 * settles when the app is known to be gone: a local process ended, a cloud machine stopped.
 * `spoke`, where the caller sees the app's output, settles at its first output: apps print when they
 * listen (or when they start to), and until then every probe is refused, so they are probed every
 * 250 ms only, then every `intervalMs`. An abort rejects with the signal's reason.
 */
export async function waitForHealthy(
  url: string,
  {
    timeoutMs,
    exited,
    spoke,
    signal,
    intervalMs = 25,
    requestTimeoutMs = 2_000,
  }: {
    timeoutMs: number;
    exited?: Promise<unknown>;
    spoke?: Promise<unknown>;
    signal?: AbortSignal;
    intervalMs?: number;
    /** How long one probe may take; serverless cold starts need more than a local process. */
    requestTimeoutMs?: number;
  },
): Promise<HealthOutcome> {
  let hasExited = false;
  void exited?.then(() => (hasExited = true));
  let quiet = spoke !== undefined;
  const woken = spoke?.then(() => (quiet = false));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (hasExited) return 'exited';
    if (await answersAll(url, Math.min(deadline - Date.now(), requestTimeoutMs))) return 'healthy';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pause = new Promise(
      (resolve) => (timer = setTimeout(resolve, quiet ? SILENT_INTERVAL_MS : intervalMs)),
    );
    // The first output ends a slow pause at once: the app may be listening now.
    await (quiet && woken ? Promise.race([pause, woken]) : pause);
    clearTimeout(timer);
  }
  return hasExited ? 'exited' : 'timeout';
}

/**
 * One path after the other, stopping at the first that does not answer 200: while an app boots every
 * probe fails, and each costs the prober (and a sandbox's port relay) a few milliseconds of CPU
 * (measured 2.7 ms per refused probe through a bubblewrap port forward), taken from the app's boot.
 */
async function answersAll(url: string, remainingMs: number): Promise<boolean> {
  const requestTimeout = AbortSignal.timeout(Math.max(1, remainingMs));
  for (const path of HEALTH_PATHS) {
    const status = await fetch(url + path, { signal: requestTimeout }).then(
      async (response) => {
        await response.body?.cancel();
        return response.status;
      },
      () => 0,
    );
    if (status !== 200) return false;
  }
  return true;
}
