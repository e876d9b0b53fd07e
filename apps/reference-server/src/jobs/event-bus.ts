import type { StoredEvent } from '../store/store.js';

type Listener = (event: StoredEvent) => void;

/**
 * In-process fan-out of job events that are already committed to job_events. Streams subscribe here
 * before replaying from the database, so nothing falls between the replay and the live tail.
 */
export function createEventBus() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    publish(jobId: string, event: StoredEvent): void {
      for (const listener of listeners.get(jobId) ?? []) listener(event);
    },
    subscribe(jobId: string, listener: Listener): () => void {
      const set = listeners.get(jobId) ?? new Set();
      listeners.set(jobId, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(jobId);
      };
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;

/** The events after which a job emits nothing more. */
export const isFinal = (event: StoredEvent['event']) =>
  event.type === 'job-succeeded' || event.type === 'job-failed';
