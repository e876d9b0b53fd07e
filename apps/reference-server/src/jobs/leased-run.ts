import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { LeaseLostError } from '../store/store.js';
import { runGenerateApiDurably } from './durable-steps.js';
import {
  codeOf,
  isLeaseLost,
  type GenerateApiDependencies,
  type GenerateApiResult,
} from './generate-api-function.js';
import { workerLost } from './lease-sweeper.js';

/** How long a worker's hold on a job lasts without renewal, how often it is renewed, how often claimed. */
export interface LeaseOptions {
  /** A dead worker's job can be taken over this long after its last renewal. Default 30 s. */
  readonly leaseMs?: number;
  /** How often a live worker renews its lease. Default a third of leaseMs. */
  readonly heartbeatMs?: number;
  /** Claims a job may use (attempts, counting a worker that died mid-job). Default 3. */
  readonly maxAttempts?: number;
}

export const defaultLeaseMs = 30_000;

/** Names this process in the leases it takes (`<host>:<pid>/<random>`), so an operator sees who runs what. */
export const workerId = `${os.hostname()}:${process.pid}`;
export const defaultMaxAttempts = 3;

/** What became of one delivery of a job to a worker. */
export type LeasedRun =
  /** The job ended (succeeded or failed, its final event written) during this run. */
  | { readonly kind: 'ran'; readonly result: GenerateApiResult }
  /** The attempt failed outside the steps with attempts left: the queue retries it after a back-off. */
  | { readonly kind: 'retry'; readonly error: unknown; readonly attempt: number }
  /** Another worker's lease is live until then: that worker runs it (or it is taken over after). */
  | { readonly kind: 'held'; readonly until: Date }
  /** This worker's shutdown or a lost lease stopped the run; the job is left to whoever holds it next. */
  | { readonly kind: 'interrupted' | 'lease-lost' }
  /** The job had ended, or does not exist: a redelivery that must run nothing. */
  | { readonly kind: 'finished' | 'missing' };

/**
 * Runs a job under a lease, as every queue's worker does: it claims the job (one conditional UPDATE,
 * so of two deliveries one runs), resumes from the steps the freshly claimed row lists, renews the
 * lease while it runs and stops at once, writing nothing more, if the lease is lost. On a clean
 * shutdown the lease is handed back with its attempt refunded; after a failed attempt it is handed
 * back for the queue's retry, or, when that was the last attempt, the job is failed with the error.
 */
export async function runLeased(
  deps: Omit<GenerateApiDependencies, 'signal' | 'lease'>,
  ref: { readonly jobId: string; readonly ownerId: string },
  options: LeaseOptions & { readonly shutdown: AbortSignal },
): Promise<LeasedRun> {
  const { store } = deps;
  const leaseMs = options.leaseMs ?? defaultLeaseMs;
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts;
  if (options.shutdown.aborted) return { kind: 'interrupted' };
  const token = `${workerId}/${randomUUID()}`;
  const claim = await store.claimJob(ref.jobId, token, leaseMs);
  if (claim.kind !== 'claimed') return claim;
  const { job } = claim;
  if (job.ownerId !== ref.ownerId) {
    await store.releaseLease(ref.jobId, token, { refund: true });
    return { kind: 'missing' };
  }
  if (job.attempts > maxAttempts) {
    // Every claim so far ended with its worker gone: this one would be one too many.
    await store.failJob(job.id, workerLost(job.attempts - 1));
    return { kind: 'finished' };
  }
  const run = new AbortController();
  const stop = () => run.abort(options.shutdown.reason);
  options.shutdown.addEventListener('abort', stop, { once: true });
  let held = Date.now() + leaseMs;
  const heartbeat = setInterval(
    () =>
      void store
        .renewLease(job.id, token, leaseMs)
        .then((renewed) => {
          if (renewed) held = Date.now() + leaseMs;
          else run.abort(new LeaseLostError(job.id));
        })
        .catch((error: unknown) => {
          // The database is unreachable: keep trying until the lease would have lapsed anyway.
          if (Date.now() > held) run.abort(new LeaseLostError(job.id));
          else console.error(`job ${job.id}: lease renewal failed:`, (error as Error).message);
        }),
    options.heartbeatMs ?? Math.max(100, Math.floor(leaseMs / 3)),
  );
  try {
    const result = await runGenerateApiDurably({ ...deps, signal: run.signal, lease: token }, job);
    return { kind: 'ran', result };
  } catch (error) {
    if (options.shutdown.aborted) {
      await store.releaseLease(job.id, token, { refund: true }).catch(() => undefined);
      return { kind: 'interrupted' };
    }
    if (run.signal.reason instanceof LeaseLostError || isLeaseLost(error)) return { kind: 'lease-lost' };
    if (job.attempts >= maxAttempts) {
      const message = error instanceof Error ? error.message : String(error);
      const failure = {
        code: codeOf(error),
        message: `${message} (attempt ${job.attempts} of ${maxAttempts})`,
      };
      if (await store.finishJob(job.ownerId, job.id, { status: 'failed', error: failure }, token))
        return { kind: 'ran', result: { jobId: job.id, status: 'failed', code: failure.code } };
      return { kind: 'lease-lost' };
    }
    await store.releaseLease(job.id, token).catch(() => undefined);
    return { kind: 'retry', error, attempt: job.attempts };
  } finally {
    clearInterval(heartbeat);
    options.shutdown.removeEventListener('abort', stop);
  }
}
