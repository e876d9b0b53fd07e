import { createHash, randomBytes } from 'node:crypto';
import type { ForgeEvent, GenerateResult, LocalCredentials } from '@smartapiforge/sdk';
import type { Actor, Database, Sql } from './database.js';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** What a caller asked for; stored with the job so a resumed job runs the same request. */
export type JobInput = GenerateJobInput | ChangeJobInput;

/** A new API from a prompt or a design. */
export interface GenerateJobInput {
  readonly kind?: 'generate';
  readonly prompt?: string;
  /** An ApiDesign given instead of a prompt (skips planning). */
  readonly design?: unknown;
  readonly stack: 'express';
  readonly test: boolean;
  readonly deploy: boolean;
}

/**
 * A change request to one of the owner's projects. It has no `deploy`: the new version replaces the
 * project's deployment (when it has one), so it never counts as one more live deployment.
 */
export interface ChangeJobInput {
  readonly kind: 'change';
  readonly projectId: string;
  readonly request: string;
  readonly allowBreaking: boolean;
  readonly allowDestructive: boolean;
  /** Run the project's tests on the new version in the sandbox before serving it. */
  readonly test: boolean;
}

export const isChangeInput = (input: JobInput): input is ChangeJobInput => input.kind === 'change';

export interface Job {
  readonly id: string;
  readonly ownerId: string;
  readonly status: JobStatus;
  readonly input: JobInput;
  /** Output of each finished step, keyed by step id. */
  readonly steps: Record<string, unknown>;
  readonly error: { code: string; message: string } | null;
  readonly projectId: string | null;
  readonly createdAt: Date;
  readonly finishedAt: Date | null;
  /** Times a worker has claimed the job (see claimJob); a worker that dies mid-job used one up. */
  readonly attempts: number;
}

/** How a job ended: what finishJob records, with the job's final event. */
export type JobOutcome =
  | { readonly status: 'succeeded'; readonly projectId: string }
  | { readonly status: 'failed'; readonly error: { readonly code: string; readonly message: string } };

/** What a worker gets when it asks to run a job. */
export type ClaimResult =
  | { readonly kind: 'claimed'; readonly job: Job }
  /** Another worker holds a lease that has not lapsed yet. */
  | { readonly kind: 'held'; readonly until: Date }
  | { readonly kind: 'finished' }
  | { readonly kind: 'missing' };

/**
 * Thrown by a write made under a lease the worker no longer holds (it lapsed and another worker took
 * the job, or the job ended): the worker must stop at once without recording anything more.
 */
export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`This worker no longer holds job ${jobId}; another worker runs it or it has ended.`);
    this.name = 'LeaseLostError';
  }
}

export interface StoredEvent {
  /** Per-job sequence number, starting at 1: the id clients resume from. */
  readonly id: number;
  readonly event: ForgeEvent | JobLifecycleEvent;
}

/** Events the server adds around the SDK's own, so a stream can tell when a job is over. */
export type JobLifecycleEvent =
  | { readonly type: 'job-succeeded'; readonly projectId: string }
  | { readonly type: 'job-failed'; readonly code: string; readonly message: string };

export interface Project {
  readonly id: string;
  readonly ownerId: string;
  readonly jobId: string;
  readonly name: string;
  readonly design: unknown;
  readonly openapi: Record<string, unknown>;
  readonly files: Record<string, string>;
  readonly deployment: ProjectDeployment | null;
  /** When the server stopped the deployment (idle); null while it is live or when there is none. */
  readonly deploymentStoppedAt: Date | null;
  readonly createdAt: Date;
}

/** A project's deployment, with the credentials its API runs with when it requires auth (owner only). */
export type ProjectDeployment = NonNullable<GenerateResult['deployment']> & {
  readonly credentials?: LocalCredentials;
};

/** A contract diff as a version records it: each change with its path, kind and whether it breaks clients. */
export interface VersionDiff {
  readonly breaking: boolean;
  readonly changes: readonly {
    readonly path: string;
    readonly kind: string;
    readonly breaking: boolean;
    readonly description: string;
  }[];
}

/** One version of a project's contract: the first from generate, then one per applied change. */
export interface ProjectVersion {
  readonly id: string;
  readonly projectId: string;
  readonly jobId: string;
  readonly version: string;
  /** The change request that made it; null for the version generate made. */
  readonly request: string | null;
  readonly openapi: Record<string, unknown>;
  /** Against the previous version; null for the first. */
  readonly diff: VersionDiff | null;
  readonly migration: unknown;
  readonly createdAt: Date;
}

/** What an applied change saves: the project's new state and the version it made. */
export interface ProjectChange {
  readonly projectId: string;
  readonly jobId: string;
  readonly request: string;
  readonly version: string;
  readonly design: unknown;
  readonly openapi: Record<string, unknown>;
  readonly files: Record<string, string>;
  readonly deployment: ProjectDeployment | null;
  readonly diff: VersionDiff;
  readonly migration: unknown;
}

/** An API key as its owner sees it listed: never its secret or hash. */
export interface ApiKeyInfo {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** A live deployment nobody has used for a while: what the idle sweeper stops. */
export interface IdleDeployment {
  readonly projectId: string;
  readonly ownerId: string;
  readonly deploymentId: string;
}

type Row = Record<string, unknown>;

const jobFrom = (row: Row): Job => ({
  id: row.id as string,
  ownerId: row.owner_id as string,
  status: row.status as JobStatus,
  input: row.input as JobInput,
  steps: row.steps as Record<string, unknown>,
  error: row.error as Job['error'],
  projectId: row.project_id as string | null,
  createdAt: row.created_at as Date,
  finishedAt: row.finished_at as Date | null,
  attempts: (row.attempts as number | undefined) ?? 0,
});

const projectFrom = (row: Row): Project => ({
  id: row.id as string,
  ownerId: row.owner_id as string,
  jobId: row.job_id as string,
  name: row.name as string,
  design: row.design,
  openapi: row.openapi as Record<string, unknown>,
  files: row.files as Record<string, string>,
  deployment: row.deployment as Project['deployment'],
  deploymentStoppedAt: (row.deployment_stopped_at as Date | null | undefined) ?? null,
  createdAt: row.created_at as Date,
});

const versionFrom = (row: Row): ProjectVersion => ({
  id: row.id as string,
  projectId: row.project_id as string,
  jobId: row.job_id as string,
  version: row.version as string,
  request: row.request as string | null,
  openapi: row.openapi as Record<string, unknown>,
  diff: row.diff as VersionDiff | null,
  migration: row.migration ?? null,
  createdAt: row.created_at as Date,
});

/** The version a contract declares; generate's contracts start at 1.0.0. */
export const contractVersion = (openapi: Record<string, unknown>): string => {
  const info = openapi.info as { version?: unknown } | undefined;
  return typeof info?.version === 'string' ? info.version : '1.0.0';
};

const user = (userId: string): Actor => ({ kind: 'user', userId });
const active = "status in ('queued', 'running')";
const liveDeployment = "jsonb_typeof(deployment) = 'object' and deployment_stopped_at is null";
const service: Actor = { kind: 'service' };
const finalEvent = (outcome: JobOutcome): StoredEvent['event'] =>
  outcome.status === 'succeeded'
    ? { type: 'job-succeeded', projectId: outcome.projectId }
    : { type: 'job-failed', ...outcome.error };

/**
 * Ends an unfinished job and appends its final event in the same transaction, so a job ends once and
 * its final event is its last, written once. With a lease, only its holder can end the job.
 */
async function closeJob(sql: Sql, jobId: string, outcome: JobOutcome, lease?: string) {
  const ended = await sql.query<{ owner_id: string }>(
    `update public.jobs set status = $2, project_id = $3, error = $4::jsonb, finished_at = now(),
       lease_owner = null, lease_until = null
     where id = $1 and ${active} and ($5::text is null or lease_owner = $5) returning owner_id`,
    [
      jobId,
      outcome.status,
      outcome.status === 'succeeded' ? outcome.projectId : null,
      outcome.status === 'failed' ? JSON.stringify(outcome.error) : null,
      lease ?? null,
    ],
  );
  const ownerId = ended.rows[0]?.owner_id;
  if (!ownerId) return undefined;
  const event = finalEvent(outcome);
  const { rows } = await sql.query<{ seq: number }>(
    `insert into public.job_events (job_id, seq, owner_id, event)
     select $1, coalesce(max(seq), 0) + 1, $2, $3::jsonb from public.job_events where job_id = $1
     returning seq`,
    [jobId, ownerId, JSON.stringify(event)],
  );
  return { id: rows[0]!.seq, event } satisfies StoredEvent;
}

/** SHA-256 hex of an API key: what api_keys stores and what lookups compare. */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Limits checked atomically with job creation. */
export interface JobLimits {
  readonly jobsPerDay: number;
  readonly concurrentJobs: number;
  /** Live deployments per user, counting jobs still on their way to one. Unlimited when absent. */
  readonly liveDeployments?: number;
}

/** The outcome of trying to create a job under the owner's limits. */
export type CreateJobResult =
  | { readonly ok: true; readonly job: Job }
  | { readonly ok: false; readonly limit: 'jobs-per-day' | 'concurrent-jobs' | 'live-deployments' };

/**
 * Typed queries over the schema in supabase/migrations. Every per-owner method runs as that owner, so
 * row-level security, not a WHERE clause we could forget, keeps owners apart.
 */
export function createStore(db: Database) {
  const asUser = <T>(ownerId: string, work: (sql: Sql) => Promise<T>) => db.transaction(user(ownerId), work);

  return {
    db,

    /**
     * Counts the job against today's usage and the owner's running jobs in the same transaction that
     * creates it; the usage upsert locks the owner's row, so concurrent requests queue up behind it.
     */
    createJob(ownerId: string, input: JobInput, limits: JobLimits): Promise<CreateJobResult> {
      return asUser(ownerId, async (sql): Promise<CreateJobResult> => {
        const usage = await sql.query<{ jobs_started: number }>(
          `insert into public.usage (day, jobs_started) values (current_date, 1)
           on conflict (owner_id, day) do update set jobs_started = public.usage.jobs_started + 1
           returning jobs_started`,
        );
        if ((usage.rows[0]?.jobs_started ?? 0) > limits.jobsPerDay) {
          await sql.query('update public.usage set jobs_started = jobs_started - 1 where day = current_date');
          return { ok: false, limit: 'jobs-per-day' };
        }
        const running = await sql.query<{ n: number }>(
          `select count(*)::int as n from public.jobs where ${active}`,
        );
        if ((running.rows[0]?.n ?? 0) >= limits.concurrentJobs) {
          await sql.query('update public.usage set jobs_started = jobs_started - 1 where day = current_date');
          return { ok: false, limit: 'concurrent-jobs' };
        }
        if (!isChangeInput(input) && input.deploy && limits.liveDeployments !== undefined) {
          // Live deployments plus unfinished jobs that will deploy: a burst of jobs cannot overshoot.
          const deployments = await sql.query<{ n: number }>(
            `select (select count(*) from public.projects where ${liveDeployment})
               + (select count(*) from public.jobs where ${active} and (input->>'deploy')::boolean) as n`,
          );
          if (Number(deployments.rows[0]?.n ?? 0) >= limits.liveDeployments) {
            await sql.query(
              'update public.usage set jobs_started = jobs_started - 1 where day = current_date',
            );
            return { ok: false, limit: 'live-deployments' };
          }
        }
        const { rows } = await sql.query('insert into public.jobs (input) values ($1::jsonb) returning *', [
          JSON.stringify(input),
        ]);
        return { ok: true, job: jobFrom(rows[0]!) };
      });
    },

    async getJob(ownerId: string, jobId: string): Promise<Job | undefined> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query('select * from public.jobs where id = $1', [jobId]),
      );
      return rows[0] && jobFrom(rows[0]);
    },

    /**
     * Records a finished step's output; a resumed run reads it back instead of running the step again.
     * Only an unfinished job changes, and with a lease only while it is held (else LeaseLostError).
     */
    saveStep(ownerId: string, jobId: string, stepId: string, output: unknown, lease?: string): Promise<void> {
      return asUser(ownerId, async (sql) => {
        const saved = await sql.query(
          `update public.jobs set steps = steps || jsonb_build_object($2::text, $3::jsonb), status = 'running',
             started_at = coalesce(started_at, now())
           where id = $1 and ${active} and ($4::text is null or lease_owner = $4)`,
          [jobId, stepId, JSON.stringify(output ?? null), lease ?? null],
        );
        if (saved.rowCount !== 1) throw new LeaseLostError(jobId);
      });
    },

    /** Marks a queued job running; a finished job is never reopened. */
    markRunning(ownerId: string, jobId: string): Promise<void> {
      return asUser(ownerId, async (sql) => {
        await sql.query(
          `update public.jobs set status = 'running', started_at = coalesce(started_at, now())
           where id = $1 and ${active}`,
          [jobId],
        );
      });
    },

    /**
     * Ends the job and appends its final event (job-succeeded or job-failed) in one transaction; only
     * a job still queued or running changes, so a job finishes at most once. False if it had ended (or,
     * with a lease, if the lease is no longer held).
     */
    async finishJob(ownerId: string, jobId: string, outcome: JobOutcome, lease?: string): Promise<boolean> {
      return Boolean(await asUser(ownerId, (sql) => closeJob(sql, jobId, outcome, lease)));
    },

    /**
     * Fails an unfinished job, whoever owns it, with its final job-failed event: what the sweeper and
     * the queues' "attempts used up" handlers do, so that no job stays running and holds its slot.
     */
    async failJob(jobId: string, error: { code: string; message: string }): Promise<boolean> {
      const outcome: JobOutcome = { status: 'failed', error };
      return Boolean(await db.transaction(service, (sql) => closeJob(sql, jobId, outcome)));
    },

    /**
     * Appends an event with the next sequence number of its job and returns that number. The job row
     * is locked first, so no event lands after the final one: an event for an ended job, or under a
     * lease no longer held, throws LeaseLostError.
     */
    appendEvent(
      ownerId: string,
      jobId: string,
      event: StoredEvent['event'],
      lease?: string,
    ): Promise<number> {
      return asUser(ownerId, async (sql) => {
        const open = await sql.query(
          `select 1 from public.jobs where id = $1 and ${active} and ($2::text is null or lease_owner = $2)
           for update`,
          [jobId, lease ?? null],
        );
        if (open.rows.length === 0) throw new LeaseLostError(jobId);
        const { rows } = await sql.query<{ seq: number }>(
          `insert into public.job_events (job_id, seq, event)
           select $1, coalesce(max(seq), 0) + 1, $2::jsonb from public.job_events where job_id = $1
           returning seq`,
          [jobId, JSON.stringify(event)],
        );
        return rows[0]!.seq;
      });
    },

    /**
     * Takes the job for `leaseMs` unless another worker's lease on it is still live: the claim is one
     * conditional UPDATE, so of two workers racing for a job exactly one gets it. The returned row is
     * read under the lease: the steps it lists are the ones to skip.
     */
    async claimJob(jobId: string, token: string, leaseMs: number): Promise<ClaimResult> {
      return db.transaction(service, async (sql) => {
        const { rows } = await sql.query(
          `update public.jobs set lease_owner = $2, lease_until = now() + $3 * interval '1 millisecond',
             attempts = attempts + 1, status = 'running', started_at = coalesce(started_at, now())
           where id = $1 and ${active} and (lease_owner is null or lease_until < now())
           returning *`,
          [jobId, token, leaseMs],
        );
        if (rows[0]) return { kind: 'claimed', job: jobFrom(rows[0]) };
        const current = await sql.query<{ status: JobStatus; lease_until: Date }>(
          'select status, lease_until from public.jobs where id = $1',
          [jobId],
        );
        const row = current.rows[0];
        if (!row) return { kind: 'missing' };
        if (row.status === 'succeeded' || row.status === 'failed') return { kind: 'finished' };
        return { kind: 'held', until: row.lease_until };
      });
    },

    /** Extends a held lease; false once it is no longer this worker's (the worker must stop). */
    async renewLease(jobId: string, token: string, leaseMs: number): Promise<boolean> {
      const { rowCount } = await db.transaction(service, (sql) =>
        sql.query(
          `update public.jobs set lease_until = now() + $3 * interval '1 millisecond'
           where id = $1 and lease_owner = $2 and ${active}`,
          [jobId, token, leaseMs],
        ),
      );
      return rowCount === 1;
    },

    /**
     * Gives a lease up so that any worker may claim the job at once. `refund` returns the attempt the
     * claim counted: for a worker that was shut down cleanly, not one that failed.
     */
    async releaseLease(jobId: string, token: string, options: { refund?: boolean } = {}): Promise<void> {
      await db.transaction(service, (sql) =>
        sql.query(
          `update public.jobs set lease_owner = null, lease_until = now(),
             attempts = greatest(attempts - $3, 0)
           where id = $1 and lease_owner = $2`,
          [jobId, token, options.refund ? 1 : 0],
        ),
      );
    },

    /** Unfinished jobs across every instance: running under a live lease, or waiting for a worker. */
    async jobLoad(): Promise<{ waiting: number; running: number }> {
      const { rows } = await db.transaction(service, (sql) =>
        sql.query<{ waiting: number; running: number }>(
          `select count(*) filter (where not held)::int as waiting, count(*) filter (where held)::int as running
           from (select lease_owner is not null and lease_until > now() as held
                 from public.jobs where ${active}) as jobs`,
        ),
      );
      return rows[0] ?? { waiting: 0, running: 0 };
    },

    /**
     * Unfinished jobs nobody holds: a lease that lapsed (its worker died; the lease's length is the
     * margin already), or none taken for `graceMs` since the job was created or last handed back (a
     * queue's retry waits out its back-off within it). Oldest first, at most `limit`.
     */
    async lapsedJobs(graceMs: number, limit = 100): Promise<Job[]> {
      const { rows } = await db.transaction(service, (sql) =>
        sql.query(
          `select * from public.jobs where ${active}
             and (lease_owner is not null and lease_until < now()
                  or lease_owner is null
                     and coalesce(lease_until, created_at) < now() - $1 * interval '1 millisecond')
           order by created_at limit $2`,
          [graceMs, limit],
        ),
      );
      return rows.map(jobFrom);
    },

    async listEvents(ownerId: string, jobId: string, afterId = 0): Promise<StoredEvent[]> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query<{ seq: number; event: StoredEvent['event'] }>(
          'select seq, event from public.job_events where job_id = $1 and seq > $2 order by seq',
          [jobId, afterId],
        ),
      );
      return rows.map((row) => ({ id: row.seq, event: row.event }));
    },

    /** Whether the job's final event (always its last) has an id at or before `afterId`. */
    async endedAtOrBefore(ownerId: string, jobId: string, afterId: number): Promise<boolean> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query<{ ended: boolean }>(
          `select exists (select 1 from public.job_events where job_id = $1 and seq <= $2
             and event->>'type' in ('job-succeeded', 'job-failed')) as ended`,
          [jobId, afterId],
        ),
      );
      return rows[0]?.ended === true;
    },

    /** Saves the job's project; saving again for the same job updates it, so a resumed job never duplicates. */
    saveProject(
      ownerId: string,
      project: Omit<Project, 'id' | 'ownerId' | 'createdAt' | 'deploymentStoppedAt'>,
    ): Promise<Project> {
      return asUser(ownerId, async (sql) => {
        const { rows } = await sql.query(
          `insert into public.projects (job_id, name, design, openapi, files, deployment)
           values ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::jsonb)
           on conflict (job_id) do update set name = excluded.name, design = excluded.design,
             openapi = excluded.openapi, files = excluded.files, deployment = excluded.deployment
           returning *`,
          [
            project.jobId,
            project.name,
            JSON.stringify(project.design),
            JSON.stringify(project.openapi),
            JSON.stringify(project.files),
            JSON.stringify(project.deployment),
          ],
        );
        const saved = projectFrom(rows[0]!);
        // Its history starts here, in the same transaction: a project never exists without a version.
        await sql.query(
          `insert into public.project_versions (project_id, job_id, version, openapi)
           values ($1, $2, $3, $4::jsonb)
           on conflict (job_id) do update set version = excluded.version, openapi = excluded.openapi`,
          [saved.id, saved.jobId, contractVersion(saved.openapi), JSON.stringify(saved.openapi)],
        );
        return saved;
      });
    },

    /**
     * Saves an applied change: the project's new contract, files and deployment, and its version row,
     * in one transaction. Saving again for the same job changes nothing more (a resumed job). Undefined
     * when the project is gone (deleted meanwhile) or is not the owner's.
     */
    saveChange(ownerId: string, change: ProjectChange): Promise<ProjectVersion | undefined> {
      return asUser(ownerId, async (sql) => {
        const updated = await sql.query(
          `update public.projects set design = $2::jsonb, openapi = $3::jsonb, files = $4::jsonb,
             deployment = $5::jsonb,
             deployment_stopped_at = case when $5::jsonb is null then deployment_stopped_at else null end,
             deployment_used_at = now()
           where id = $1 returning id`,
          [
            change.projectId,
            JSON.stringify(change.design),
            JSON.stringify(change.openapi),
            JSON.stringify(change.files),
            JSON.stringify(change.deployment),
          ],
        );
        if (updated.rowCount !== 1) return undefined;
        const { rows } = await sql.query(
          `insert into public.project_versions (project_id, job_id, version, request, openapi, diff, migration)
           values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb)
           on conflict (job_id) do update set version = excluded.version
           returning *`,
          [
            change.projectId,
            change.jobId,
            change.version,
            change.request,
            JSON.stringify(change.openapi),
            JSON.stringify(change.diff),
            JSON.stringify(change.migration ?? null),
          ],
        );
        return versionFrom(rows[0]!);
      });
    },

    /** The project's versions, oldest first. */
    async listVersions(ownerId: string, projectId: string): Promise<ProjectVersion[]> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query(
          'select * from public.project_versions where project_id = $1 order by created_at, version',
          [projectId],
        ),
      );
      return rows.map(versionFrom);
    },

    /** The owner's unfinished change job for the project, if any: one change at a time per project. */
    async activeChangeJob(ownerId: string, projectId: string): Promise<string | undefined> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query<{ id: string }>(
          `select id from public.jobs where ${active} and input->>'kind' = 'change'
             and input->>'projectId' = $1 limit 1`,
          [projectId],
        ),
      );
      return rows[0]?.id;
    },

    /** The owner's projects, newest first, without their (large) files. */
    async listProjects(ownerId: string): Promise<Omit<Project, 'files' | 'openapi' | 'design'>[]> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query(
          `select id, owner_id, job_id, name, deployment, deployment_stopped_at, created_at from public.projects
           order by created_at desc`,
        ),
      );
      return rows.map((row) => {
        const { files: _f, openapi: _o, design: _d, ...rest } = projectFrom(row);
        return rest;
      });
    },

    async getProject(ownerId: string, projectId: string): Promise<Project | undefined> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query('select * from public.projects where id = $1', [projectId]),
      );
      return rows[0] && projectFrom(rows[0]);
    },

    /** Deletes the project and returns it (to stop its deployment), or undefined if it is not the owner's. */
    async deleteProject(ownerId: string, projectId: string): Promise<Project | undefined> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query('delete from public.projects where id = $1 returning *', [projectId]),
      );
      return rows[0] && projectFrom(rows[0]);
    },

    /** Creates an API key and returns its secret, which is shown once and stored only as a hash. */
    createApiKey(ownerId: string, name: string): Promise<{ id: string; key: string; prefix: string }> {
      const key = `sk_${randomBytes(24).toString('base64url')}`;
      const prefix = key.slice(0, 10);
      return asUser(ownerId, async (sql) => {
        const { rows } = await sql.query<{ id: string }>(
          'insert into public.api_keys (name, key_hash, prefix) values ($1, $2, $3) returning id',
          [name, hashApiKey(key), prefix],
        );
        return { id: rows[0]!.id, key, prefix };
      });
    },

    /** The owner's API keys, newest first, revoked ones included (with when). */
    async listApiKeys(ownerId: string): Promise<ApiKeyInfo[]> {
      const { rows } = await asUser(ownerId, (sql) =>
        sql.query(
          'select id, name, prefix, created_at, revoked_at from public.api_keys order by created_at desc, id',
        ),
      );
      return rows.map((row) => ({
        id: row.id as string,
        name: row.name as string,
        prefix: row.prefix as string,
        createdAt: row.created_at as Date,
        revokedAt: row.revoked_at as Date | null,
      }));
    },

    /** Revokes one of the owner's keys; false when it is not theirs or already revoked. */
    async revokeApiKey(ownerId: string, keyId: string): Promise<boolean> {
      const { rowCount } = await asUser(ownerId, (sql) =>
        sql.query('update public.api_keys set revoked_at = now() where id = $1 and revoked_at is null', [
          keyId,
        ]),
      );
      return rowCount === 1;
    },

    /** Records that the owner used the project's live deployment, which keeps it from going idle. */
    async touchDeployment(ownerId: string, projectId: string): Promise<void> {
      await asUser(ownerId, (sql) =>
        sql.query(
          `update public.projects set deployment_used_at = now() where id = $1 and ${liveDeployment}`,
          [projectId],
        ),
      );
    },

    /** Live deployments, of every owner, unused for `idleMs`: runs as service for the sweeper. */
    async idleDeployments(idleMs: number, limit = 100): Promise<IdleDeployment[]> {
      const { rows } = await db.transaction({ kind: 'service' }, (sql) =>
        sql.query<{ id: string; owner_id: string; deployment_id: string }>(
          `select id, owner_id, deployment->>'id' as deployment_id from public.projects
           where ${liveDeployment} and deployment_used_at < now() - $1 * interval '1 millisecond'
           order by deployment_used_at limit $2`,
          [idleMs, limit],
        ),
      );
      return rows.map((row) => ({
        projectId: row.id,
        ownerId: row.owner_id,
        deploymentId: row.deployment_id,
      }));
    },

    /** Marks a project's deployment stopped, so it no longer counts as live. */
    async markDeploymentStopped(ownerId: string, projectId: string): Promise<void> {
      await asUser(ownerId, (sql) =>
        sql.query(
          `update public.projects set deployment_stopped_at = now() where id = $1 and ${liveDeployment}`,
          [projectId],
        ),
      );
    },

    /** Who owns an API key. Runs as service: the caller is not known until the key is resolved. */
    async resolveApiKey(key: string): Promise<string | undefined> {
      const { rows } = await db.transaction({ kind: 'service' }, (sql) =>
        sql.query<{ owner_id: string }>(
          'select owner_id from public.api_keys where key_hash = $1 and revoked_at is null',
          [hashApiKey(key)],
        ),
      );
      return rows[0]?.owner_id;
    },

    /** Jobs left queued or running by an earlier process, oldest first: what a restart resumes. */
    async unfinishedJobs(): Promise<Job[]> {
      const { rows } = await db.transaction({ kind: 'service' }, (sql) =>
        sql.query(`select * from public.jobs where ${active} order by created_at`),
      );
      return rows.map(jobFrom);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
