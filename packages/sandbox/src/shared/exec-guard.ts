import { SandboxResourceLimitError, SandboxTimeoutError } from '../errors.js';
import type { ExecOptions, ExecResult } from '../sandbox-provider.js';

/** Appended to the kept output when a command is stopped for writing too much, so readers see the cut. */
export const OUTPUT_TRUNCATED_MARKER = '\n[smartapiforge: output truncated at the outputBytes limit]\n';

export interface CollectedOutput {
  stdout: string;
  stderr: string;
}

/**
 * What every provider's `exec` enforces on the host side, whatever runs the command: the wall-clock
 * timeout, the AbortSignal and the output cap. Each calls `kill` at most once, and the first reason
 * wins. One implementation so bubblewrap, E2B and Northflank stop commands, and report it, alike.
 */
export interface ExecGuard {
  readonly output: CollectedOutput;
  /** Pass these to the provider's stream callbacks; they keep, forward and count the output. */
  readonly onStdout: (chunk: string) => void;
  readonly onStderr: (chunk: string) => void;
  /** Stops the command for a reason of the caller's own (it becomes the error `finish` throws). */
  stop(reason: Error): void;
  /** Throws why the command was stopped, if it was; else the result. Always releases the timer. */
  finish(exitCode: number): ExecResult;
  /** Releases the timer and the abort listener; `finish` calls it. */
  dispose(): void;
}

export function guardExec(
  command: string,
  options: ExecOptions,
  outputBytes: number,
  kill: () => void,
): ExecGuard {
  options.signal?.throwIfAborted();
  const started = performance.now();
  const output: CollectedOutput = { stdout: '', stderr: '' };
  let bytes = 0;
  let stopReason: Error | undefined;
  const stop = (reason: Error) => {
    if (stopReason) return;
    stopReason = reason;
    kill();
  };
  const collect = (stream: keyof CollectedOutput, callback?: (chunk: string) => void) => (chunk: string) => {
    if (stopReason) return;
    bytes += Buffer.byteLength(chunk);
    if (bytes > outputBytes) {
      output.stdout += OUTPUT_TRUNCATED_MARKER;
      stop(resourceLimitError(`${command} wrote more than ${outputBytes} bytes of output`, 'output', output));
      return;
    }
    output[stream] += chunk;
    callback?.(chunk);
  };
  const onAbort = () => stop(options.signal?.reason as Error);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timeoutMs = options.timeoutMs;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(
          () =>
            stop(
              new SandboxTimeoutError(`${command} ran past its ${timeoutMs} ms limit and was killed.`, {
                details: { timeoutMs, stdoutTail: output.stdout.slice(-2000) },
              }),
            ),
          timeoutMs,
        );
  const dispose = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  };
  return {
    output,
    onStdout: collect('stdout', options.onStdout),
    onStderr: collect('stderr', options.onStderr),
    stop,
    finish(exitCode) {
      dispose();
      if (stopReason) throw stopReason;
      return { exitCode, ...output, durationMs: performance.now() - started };
    },
    dispose,
  };
}

export type ResourceLimit = 'cpu' | 'memory' | 'output' | 'processes';

const limitSetting = {
  cpu: 'cpuSeconds',
  memory: 'memoryMb',
  output: 'outputBytes',
  processes: 'processes',
} as const;

export function resourceLimitError(
  message: string,
  limit: ResourceLimit,
  output: CollectedOutput,
): SandboxResourceLimitError {
  return new SandboxResourceLimitError(
    `${message} and was stopped; raise limits.${limitSetting[limit]} if this is expected.`,
    {
      details: { limit, stdoutTail: output.stdout.slice(-2000), stderrTail: output.stderr.slice(-2000) },
    },
  );
}
