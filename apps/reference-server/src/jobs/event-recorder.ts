import type { Store, StoredEvent } from '../store/store.js';
import type { EventBus } from './event-bus.js';

/**
 * Persists a job's events in the order they were emitted (under the worker's lease, when it has one),
 * then publishes each on this process's bus once it is committed; other instances learn of it from the
 * database's notification.
 * The SDK reports progress synchronously, so writes are chained; `flush()` waits for them and rethrows
 * the first failed write, so a job never finishes with events silently missing.
 */
export function createEventRecorder(
  store: Store,
  bus: EventBus,
  ownerId: string,
  jobId: string,
  lease?: string,
) {
  let tail: Promise<void> = Promise.resolve();
  return {
    record(event: StoredEvent['event']): void {
      tail = tail.then(async () => {
        const id = await store.appendEvent(ownerId, jobId, event, lease);
        bus.publish(jobId, { id, event });
      });
    },
    flush: () => tail,
  };
}

export type EventRecorder = ReturnType<typeof createEventRecorder>;
