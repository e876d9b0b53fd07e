import { ForgeError } from '@smartapiforge/errors';
import { StageFailedError, type RepairRecord } from './errors.js';
import type { ForgeEvent, Stage } from './events.js';

export interface StageContext {
  readonly emit: (event: ForgeEvent) => void;
  readonly signal: AbortSignal | undefined;
  /** Extra attempts for stages whose errors say they are retryable. */
  readonly retries: number;
  /** Where produced files live, named in failure messages. */
  outDir: string | undefined;
  /** Files this run wrote into outDir, so a repaired design's project replaces them cleanly. */
  written: readonly string[];
  /** Repairs made so far in this run (see runWithRepairs). */
  readonly repairs: RepairRecord[];
}

/**
 * Runs one stage with its start/end events; retryable failures are tried again with back-off,
 * anything else becomes a StageFailedError naming the stage.
 */
export async function runStage<T>(ctx: StageContext, stage: Stage, work: () => Promise<T> | T): Promise<T> {
  ctx.emit({ type: 'stage-start', stage, at: new Date().toISOString() });
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    try {
      ctx.signal?.throwIfAborted();
      const result = await work();
      ctx.emit({ type: 'stage-end', stage, durationMs: Math.round(performance.now() - started) });
      return result;
    } catch (error) {
      const retryable = ForgeError.isInstance(error) && error.isRetryable && !ctx.signal?.aborted;
      if (retryable && attempt < ctx.retries) {
        ctx.emit({ type: 'stage-retry', stage, attempt: attempt + 1, error: error.message });
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
        continue;
      }
      const failure = new StageFailedError(stage, error, ctx.outDir);
      ctx.emit({
        type: 'error',
        stage,
        code: ForgeError.isInstance(error) ? error.code : 'unexpected',
        message: failure.message,
      });
      throw failure;
    }
  }
}
