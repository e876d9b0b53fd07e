import { badRequest, notFound } from '../errors.js';
import type { JobLimits, Store } from '../store/store.js';

export interface AccountServiceDependencies {
  readonly store: Store;
  readonly limits: JobLimits;
}

/** Today's usage against the quotas that `jobs.start` enforces. */
export interface Usage {
  readonly day: string;
  readonly jobsStarted: number;
  readonly jobsPerDay: number;
  readonly running: number;
  readonly concurrentJobs: number;
  /** When the daily count starts again (UTC midnight). */
  readonly resetsAt: string;
}

/** The caller's API keys and quota usage. */
export function createAccountService(deps: AccountServiceDependencies) {
  const { store, limits } = deps;
  return {
    /** A new key; its secret is in this answer only (stored as SHA-256). */
    async createApiKey(owner: string, name: string) {
      if (name.length > 100) throw badRequest('`name` must be a string of at most 100 characters.');
      return store.createApiKey(owner, name);
    },

    /** The owner's keys, revoked ones included; never a secret or its hash. */
    listApiKeys: (owner: string) => store.listApiKeys(owner),

    /** Revokes a key at once: it is refused from then on. Not the owner's, or revoked already: 404. */
    async revokeApiKey(owner: string, keyId: string): Promise<void> {
      if (!(await store.revokeApiKey(owner, keyId))) throw notFound(`API key ${keyId}`);
    },

    async usage(owner: string): Promise<Usage> {
      // Read as the owner: RLS limits both counts to their rows.
      return store.db.transaction({ kind: 'user', userId: owner }, async (sql) => {
        const { rows } = await sql.query<{ day: string; jobs_started: number; running: number }>(
          `select to_char(current_date, 'YYYY-MM-DD') as day,
             coalesce((select jobs_started from public.usage where day = current_date), 0)::int as jobs_started,
             (select count(*) from public.jobs where status in ('queued', 'running'))::int as running`,
        );
        const row = rows[0]!;
        const now = new Date();
        return {
          day: row.day,
          jobsStarted: row.jobs_started,
          jobsPerDay: limits.jobsPerDay,
          running: row.running,
          concurrentJobs: limits.concurrentJobs,
          resetsAt: new Date(
            Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1),
          ).toISOString(),
        };
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
