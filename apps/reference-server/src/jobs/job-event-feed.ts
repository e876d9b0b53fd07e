import type { Database } from '../store/database.js';

/** The channel the job_events trigger notifies on (supabase/migrations), payload `<job id>:<seq>`. */
export const jobEventsChannel = 'forge_job_events';

type Wake = () => void;

/**
 * Wake-ups for live streams when any instance commits a job event: one LISTEN per database for the
 * whole process, fanned out by job id. A wake-up is only a hint to read the store again; when the
 * listening connection had a gap, every stream is woken, so none waits on an event it missed.
 */
function createJobEventFeed(db: Database) {
  const waiting = new Map<string, Set<Wake>>();
  const wakeAll = () => {
    for (const set of waiting.values()) for (const wake of set) wake();
  };
  const listening = db.listen(
    jobEventsChannel,
    (payload) => {
      for (const wake of waiting.get(payload.slice(0, payload.indexOf(':'))) ?? []) wake();
    },
    wakeAll,
  );
  // Listening is set up once per database; after a failure the next stream tries again.
  listening.catch(() => feeds.delete(db));
  return {
    /** Calls `wake` whenever an event of the job may have been committed; resolves once listening. */
    async watch(jobId: string, wake: Wake): Promise<() => void> {
      await listening;
      const set = waiting.get(jobId) ?? new Set();
      waiting.set(jobId, set);
      set.add(wake);
      return () => {
        set.delete(wake);
        if (set.size === 0) waiting.delete(jobId);
      };
    },
  };
}

const feeds = new WeakMap<Database, ReturnType<typeof createJobEventFeed>>();

/** The feed of a database, created on first use; it lives as long as the database is open. */
export function jobEventFeed(db: Database) {
  let feed = feeds.get(db);
  if (!feed) feeds.set(db, (feed = createJobEventFeed(db)));
  return feed;
}
