import type { Store, StoredEvent } from '../store/store.js';
import { isFinal, type EventBus } from './event-bus.js';
import { jobEventFeed } from './job-event-feed.js';

export interface StreamJobEventsOptions {
  readonly store: Store;
  /** This process's bus: wakes the stream as soon as a local worker has stored an event. */
  readonly bus: EventBus;
  readonly ownerId: string;
  readonly jobId: string;
  /** Resume point: events with a greater id are sent. 0 sends everything. */
  readonly afterId: number;
  readonly send: (event: StoredEvent) => void | Promise<void>;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
  /** Longest wait between two reads of the store without any wake-up. Default 5000 ms. */
  readonly pollMs?: number;
}

/**
 * Sends a job's stored events after `afterId`, in sequence order, until the job's final event or the
 * signal. The store is the only source: the stream reads every event it sends from job_events, by
 * sequence number after the last one sent, so it never skips or repeats one, whichever instance runs
 * the job and however often the job moves. Wake-ups come from any instance through the database's
 * notifications (and from this process's bus); a periodic read covers a notification lost with a
 * dropped connection.
 */
export async function streamJobEvents(options: StreamJobEventsOptions): Promise<void> {
  const { store, bus, ownerId, jobId, signal } = options;
  // Resumed at or past a finished job's final event: nothing will ever follow, so end at once.
  if (await store.endedAtOrBefore(ownerId, jobId, options.afterId)) return;
  let woken = false;
  let wake: (() => void) | undefined;
  const nudge = () => {
    woken = true;
    wake?.();
  };
  // Subscribed before the first read: an event committed during it wakes the next read. Without
  // notifications (the database refused LISTEN) the stream still ends: it reads every pollMs.
  const unwatch = await jobEventFeed(store.db)
    .watch(jobId, nudge)
    .catch((error: unknown) => {
      console.error('Job event notifications unavailable, polling instead:', (error as Error).message);
      return () => undefined;
    });
  const unsubscribe = bus.subscribe(jobId, nudge);
  signal.addEventListener('abort', nudge, { once: true });
  let last = options.afterId;
  try {
    while (!signal.aborted) {
      woken = false;
      for (const stored of await store.listEvents(ownerId, jobId, last)) {
        if (signal.aborted) return;
        last = stored.id;
        await options.send(stored);
        if (isFinal(stored.event)) return;
      }
      if (woken || signal.aborted) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 5000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    signal.removeEventListener('abort', nudge);
    unsubscribe();
    unwatch();
  }
}
