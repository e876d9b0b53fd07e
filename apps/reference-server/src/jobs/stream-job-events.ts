import type { Store, StoredEvent } from '../store/store.js';
import { isFinal, type EventBus } from './event-bus.js';

export interface StreamJobEventsOptions {
  readonly store: Store;
  readonly bus: EventBus;
  readonly ownerId: string;
  readonly jobId: string;
  /** Resume point: events with a greater id are sent. 0 sends everything. */
  readonly afterId: number;
  readonly send: (event: StoredEvent) => void | Promise<void>;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
}

/**
 * Replays a job's stored events after `afterId`, then tails new ones until the job's final event or
 * the signal. It subscribes before it reads the table: whatever commits during the read arrives on the
 * bus too, and ids already sent are skipped, so nothing is lost or sent twice.
 */
export async function streamJobEvents(options: StreamJobEventsOptions): Promise<void> {
  const { store, bus, ownerId, jobId, signal } = options;
  const pending: StoredEvent[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = bus.subscribe(jobId, (event) => {
    pending.push(event);
    wake?.();
  });
  let last = options.afterId;
  /** Sends the event unless already sent; true once the stream is complete. */
  const deliver = async (event: StoredEvent) => {
    if (event.id <= last) return false;
    last = event.id;
    await options.send(event);
    return isFinal(event.event);
  };
  // One abort listener for the whole stream (not one per wait, which piles up on long jobs).
  const onAbort = () => wake?.();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (const event of await store.listEvents(ownerId, jobId, options.afterId))
      if (await deliver(event)) return;
    while (!signal.aborted) {
      const next = pending.shift();
      if (next) {
        if (await deliver(next)) return;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
