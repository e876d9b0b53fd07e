import { SandboxUnavailableError } from '../errors.js';
import type { CreateSandboxOptions, Sandbox, SandboxProvider } from '../sandbox-provider.js';

export interface SandboxPoolOptions {
  /** How many sandboxes to keep created and idle. */
  readonly size: number;
  /**
   * What every pooled sandbox is created with. A `create()` asking for anything else (another image,
   * mounts, limits or workspace) cannot be served from the pool and gets a fresh sandbox.
   */
  readonly createOptions?: Omit<CreateSandboxOptions, 'signal'>;
  /**
   * Milliseconds between handing a sandbox out and starting its replacement, so that the new owner's
   * first commands do not share the CPU with a boot. Default 100. An empty pool refills at once.
   */
  readonly refillDelayMs?: number;
}

/** A warm pool: itself a SandboxProvider, so callers need not know whether they got a pooled sandbox. */
export interface SandboxPool extends SandboxProvider {
  /** Sandboxes created and waiting to be handed out. */
  readonly idle: number;
  /** Resolves once the pool is full; rejects with the error if a creation fails meanwhile. */
  ready(): Promise<void>;
  /** Stops replenishing and destroys the idle sandboxes; those handed out stay their owner's to destroy. */
  close(): Promise<void>;
}

/**
 * Keeps `size` sandboxes pre-created so `create()` costs a hand-over instead of a boot. Each hand-over
 * starts a replacement in the background, shortly after (`refillDelayMs`); an empty pool (or a request
 * it cannot serve) falls back to a fresh create. A failed background creation is not retried until the
 * next `create()`, so a broken provider does not spin.
 */
export function createSandboxPool(provider: SandboxProvider, options: SandboxPoolOptions): SandboxPool {
  const { size, createOptions = {}, refillDelayMs = 100 } = options;
  const poolKey = optionsKey(createOptions);
  const idle: Sandbox[] = [];
  const filling = new Set<Promise<void>>();
  const listeners = new Set<(error?: unknown) => void>();
  let closed = false;
  let refillTimer: NodeJS.Timeout | undefined;

  const notify = (error?: unknown) => {
    for (const listener of [...listeners]) listener(error);
  };

  function fill(): void {
    while (!closed && idle.length + filling.size < size) {
      const creation = provider.create(createOptions).then(
        async (sandbox) => {
          filling.delete(creation);
          if (closed) return sandbox.destroy();
          idle.push(sandbox);
          notify();
        },
        (error: unknown) => {
          filling.delete(creation);
          notify(error);
        },
      );
      filling.add(creation);
    }
  }
  fill();

  /** A boot takes tens of milliseconds of CPU; started at once it would slow the hand-out's first exec. */
  function refillSoon(): void {
    refillTimer ??= setTimeout(() => {
      refillTimer = undefined;
      fill();
    }, refillDelayMs);
  }

  return {
    specificationVersion: 'v1',
    provider: provider.provider,
    capabilities: provider.capabilities,
    get idle() {
      return idle.length;
    },
    async create(request = {}) {
      if (closed)
        throw new SandboxUnavailableError('The sandbox pool is closed; create a new pool to use it.');
      request.signal?.throwIfAborted();
      const pooled = optionsKey(request) === poolKey ? idle.shift() : undefined;
      if (pooled) {
        refillSoon();
        return pooled;
      }
      fill();
      return provider.create(request);
    },
    ready() {
      return new Promise<void>((resolve, reject) => {
        const check = (error?: unknown) => {
          if (error === undefined && idle.length < size) return;
          listeners.delete(check);
          if (error === undefined) resolve();
          else reject(error as Error);
        };
        listeners.add(check);
        check();
      });
    },
    async close() {
      closed = true;
      clearTimeout(refillTimer);
      await Promise.all([...filling, ...idle.splice(0).map((sandbox) => sandbox.destroy())]);
    },
  };
}

/**
 * Two requests are interchangeable when image, mounts, limits and workspace agree (an empty limits
 * object is none, no workspace is a disk one).
 */
function optionsKey(options: CreateSandboxOptions): string {
  const limits = Object.entries(options.limits ?? {})
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([options.image ?? null, options.mounts ?? [], limits, options.workspace ?? 'disk']);
}
