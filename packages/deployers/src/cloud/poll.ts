/** Waits `ms`; an abort rejects at once with the signal's reason instead of sleeping on. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Calls `check` every `intervalMs` until it returns a value or `deadline` (epoch ms) passes, when it
 * resolves `undefined` so that the caller can throw a timeout that carries its own context.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  { intervalMs, deadline, signal }: { intervalMs: number; deadline: number; signal?: AbortSignal },
): Promise<T | undefined> {
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() + intervalMs > deadline) return undefined;
    await sleep(intervalMs, signal);
  }
}
