import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ForgeError } from '@smartapiforge/errors';
import { createEmbeddedPlanner } from './embedded-planner.js';
import type { PlanOptions, PlanResult, Planner } from './planner.js';
import { PromptError, type PromptErrorCode } from './prompt-error.js';

/** A prompt sent to the planner thread. */
export interface ThreadRequest {
  readonly id: number;
  readonly prompt: string;
}

/** The planner thread's answer to one request. */
export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly result: PlanResult }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: {
        readonly name: string;
        readonly message: string;
        readonly code?: string;
        readonly details?: Record<string, unknown>;
        readonly stack?: string;
      };
    };

/** Beside this module in the built package (an entry of its own); absent when run from sources. */
const workerUrl = new URL('./planners/embedded-thread-worker.js', import.meta.url);

/**
 * The embedded planner, run in a worker thread of its own: the same plans, byte for byte, and the same
 * errors. In a busy process, such as a forge scaffolding, testing and deploying between prompts, the
 * main thread's full garbage collections discard what the planner's many regular expressions and
 * functions had compiled, so each plan compiled them again: the product bench's plan stage took ~40 ms
 * against 3–6 ms in a process that only plans, and ~20 ms with this thread (measured on a machine with
 * one core's throughput). The thread's small heap is collected by its own allocations alone.
 * One thread per process, started at the first plan; it keeps the process alive only while a plan is
 * under way. Where no thread can start (run from sources, a bundler that left the worker out) plans
 * run in this thread.
 */
export function createThreadedEmbeddedPlanner(): Planner & {
  /** The planner thread's id once one has started; undefined while plans run in the caller's thread. */
  readonly threadId: () => number | undefined;
} {
  return {
    id: 'embedded',
    threadId: () => shared?.threadId,
    plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
      options.signal?.throwIfAborted();
      const thread = plannerThread();
      const planning = thread ? thread.plan(prompt) : inThread().plan(prompt);
      return options.signal ? abortable(planning, options.signal) : planning;
    },
  };
}

interface PlannerThread {
  readonly threadId: number;
  plan(prompt: string): Promise<PlanResult>;
}

let shared: PlannerThread | null | undefined;
let local: Planner | undefined;

function inThread(): Planner {
  return (local ??= createEmbeddedPlanner());
}

function plannerThread(): PlannerThread | null {
  if (shared === undefined) shared = existsSync(fileURLToPath(workerUrl)) ? startThread() : null;
  return shared;
}

function startThread(): PlannerThread {
  const worker = new Worker(workerUrl);
  const pending = new Map<number, { prompt: string; settle: (reply: ThreadReply) => void }>();
  let next = 0;
  // A thread that fails (it should not: the planner catches its own errors) hands its pending and
  // later prompts to this thread's planner, so a plan never waits on a thread that is gone.
  const fail = () => {
    shared = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { prompt, settle } of waiting) {
      inThread()
        .plan(prompt)
        .then(
          (result) => settle({ id: -1, ok: true, result }),
          (error: unknown) => settle({ id: -1, ok: false, error: errorData(error) }),
        );
    }
  };
  worker.on('message', (reply: ThreadReply) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    // An idle thread never keeps the process alive; a plan under way does, as one in this thread would.
    if (pending.size === 0) worker.unref();
    request?.settle(reply);
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  return {
    threadId: worker.threadId,
    plan(prompt) {
      return new Promise<PlanResult>((resolve, reject) => {
        const id = next++;
        pending.set(id, {
          prompt,
          settle: (reply) => (reply.ok ? resolve(reply.result) : reject(restoredError(reply.error))),
        });
        worker.ref();
        worker.postMessage({ id, prompt } satisfies ThreadRequest);
      });
    },
  };
}

/** An error as data a thread boundary carries (see restoredError). */
export function errorData(error: unknown): Extract<ThreadReply, { ok: false }>['error'] {
  if (ForgeError.isInstance(error)) {
    return { name: error.name, code: error.code, message: error.message, details: error.details };
  }
  const { name = 'Error', message = String(error), stack } = (error ?? {}) as Partial<Error>;
  return { name, message, ...(stack === undefined ? {} : { stack }) };
}

/** The error the planner threw, as it threw it: a PromptError stays one, with its code and details. */
function restoredError({
  name,
  message,
  code,
  details,
  stack,
}: Extract<ThreadReply, { ok: false }>['error']): Error {
  if (name === 'PromptError' && code !== undefined) {
    // PromptError composes its message from its reason; the one sent is already composed.
    return Object.assign(new PromptError(code as PromptErrorCode, ''), { message, details: details ?? {} });
  }
  if (code !== undefined) return new ForgeError(code, message, { details: details ?? {} });
  const error = new Error(message);
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
