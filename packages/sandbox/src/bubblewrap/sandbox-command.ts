import { constants } from 'node:os';
import type { ExecOptions, ExecResult, SandboxLimits, SandboxProcess } from '../sandbox-provider.js';
import { SandboxResourceLimitError, SandboxTimeoutError, SandboxUnavailableError } from '../errors.js';
import type { AgentConnection, AgentMessage } from './agent-connection.js';
import { prlimitFlags } from './limits.js';

interface CommandExit {
  readonly code: number | null;
  readonly signal: string | null;
}

interface RunningCommand {
  /** The pid inside the sandbox's pid namespace, once started. */
  readonly pid: Promise<number>;
  readonly exited: Promise<CommandExit>;
  kill(): void;
}

type StartOptions = Omit<ExecOptions, 'timeoutMs' | 'signal'> & { readonly prlimit: readonly string[] };

/** Starts one command through the agent, in its own process group, under prlimit. */
function startCommand(
  agent: AgentConnection,
  command: string,
  args: readonly string[],
  options: StartOptions,
): RunningCommand {
  const pid = deferred<number>();
  const exited = deferred<CommandExit>();
  let started = false;

  const channel = agent.open((message: AgentMessage) => {
    switch (message.t) {
      case 'spawned':
        started = true;
        return pid.resolve(message.pid as number);
      case 'stdout':
        return options.onStdout?.(message.s as string);
      case 'stderr':
        return options.onStderr?.(message.s as string);
      case 'exit':
        channel.close();
        return exited.resolve({
          code: message.code as number | null,
          signal: message.signal as string | null,
        });
      case 'gone':
        // Destroyed under a running command, that is a kill; before it started, it could never run.
        if (started) return exited.resolve({ code: null, signal: 'SIGKILL' });
        return fail(new SandboxUnavailableError(`Could not run ${command}: the sandbox has been destroyed.`));
      default:
        return fail(new SandboxUnavailableError(`Could not run ${command}: ${String(message.message)}`));
    }
  });
  const fail = (error: Error) => {
    channel.close();
    pid.reject(error);
    exited.reject(error);
  };
  channel.send('exec', { command, args, cwd: options.cwd, env: options.env ?? {}, limits: options.prlimit });
  return { pid: pid.promise, exited: exited.promise, kill: () => channel.send('kill') };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Whichever promise the caller does not await must not become an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Runs a command to completion, enforcing the wall-clock timeout, the abort signal and the output cap. */
export async function execCommand(
  agent: AgentConnection,
  command: string,
  args: readonly string[],
  options: ExecOptions,
  limits: Required<SandboxLimits>,
): Promise<ExecResult> {
  options.signal?.throwIfAborted();
  const started = performance.now();
  const output = { stdout: '', stderr: '', bytes: 0 };
  let stopReason: Error | undefined;
  const stop = (reason: Error) => {
    stopReason ??= reason;
    running.kill();
  };
  const collect = (stream: 'stdout' | 'stderr', callback?: (chunk: string) => void) => (chunk: string) => {
    if (stopReason) return;
    output.bytes += Buffer.byteLength(chunk);
    if (output.bytes > limits.outputBytes) {
      stop(
        resourceLimit(`${command} wrote more than ${limits.outputBytes} bytes of output`, 'output', output),
      );
      return;
    }
    output[stream] += chunk;
    callback?.(chunk);
  };
  const running = startCommand(agent, command, args, {
    ...options,
    onStdout: collect('stdout', options.onStdout),
    onStderr: collect('stderr', options.onStderr),
    prlimit: prlimitFlags(limits, { cpu: true }),
  });

  const onAbort = () => stop(options.signal?.reason as Error);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(
          () =>
            stop(
              new SandboxTimeoutError(
                `${command} ran past its ${options.timeoutMs} ms limit and was killed.`,
                {
                  details: { timeoutMs: options.timeoutMs, stdoutTail: output.stdout.slice(-2000) },
                },
              ),
            ),
          options.timeoutMs,
        );
  try {
    const exit = await running.exited;
    if (stopReason) throw stopReason;
    const limitError = limitBreach(command, exit, output, limits);
    if (limitError) throw limitError;
    return {
      exitCode: exit.code ?? 128 + signalNumber(exit.signal),
      stdout: output.stdout,
      stderr: output.stderr,
      durationMs: performance.now() - started,
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Starts a long-running command (no CPU-time cap, no output kept: a server's logs go to callbacks). */
export async function spawnCommand(
  agent: AgentConnection,
  command: string,
  args: readonly string[],
  options: Omit<ExecOptions, 'timeoutMs'>,
  limits: Required<SandboxLimits>,
): Promise<SandboxProcess> {
  options.signal?.throwIfAborted();
  const running = startCommand(agent, command, args, {
    ...options,
    prlimit: prlimitFlags(limits, { cpu: false }),
  });
  const exited = running.exited.then((exit) => exit.code);
  const kill = async () => {
    running.kill();
    await exited;
  };
  options.signal?.addEventListener('abort', () => void kill(), { once: true });
  const pid = await running.pid;
  return { pid, exited, kill };
}

const OUT_OF_MEMORY = /out of memory|Cannot allocate memory|allocation failed|std::bad_alloc|MemoryError/i;

/**
 * Recognises a command that died on a limit rather than on its own: SIGXCPU is the CPU limit; an
 * abnormal exit whose error output reports a failed allocation is the address-space limit (prlimit
 * makes allocations fail rather than killing, so the message is the only trace).
 */
function limitBreach(
  command: string,
  exit: CommandExit,
  output: { stdout: string; stderr: string },
  limits: Required<SandboxLimits>,
): SandboxResourceLimitError | undefined {
  if (exit.signal === 'SIGXCPU') {
    return resourceLimit(`${command} used more than ${limits.cpuSeconds} CPU seconds`, 'cpu', output);
  }
  if (exit.code !== 0 && OUT_OF_MEMORY.test(output.stderr.slice(-4000))) {
    return resourceLimit(`${command} ran out of its ${limits.memoryMb} MiB memory limit`, 'memory', output);
  }
  return undefined;
}

function resourceLimit(
  message: string,
  limit: 'cpu' | 'memory' | 'output',
  output: { stdout: string; stderr: string },
): SandboxResourceLimitError {
  return new SandboxResourceLimitError(
    `${message} and was stopped; raise limits.${limitSetting[limit]} if this is expected.`,
    {
      details: { limit, stdoutTail: output.stdout.slice(-2000), stderrTail: output.stderr.slice(-2000) },
    },
  );
}

const limitSetting = { cpu: 'cpuSeconds', memory: 'memoryMb', output: 'outputBytes' } as const;

/** Shell convention: a command killed by signal N exits with 128 + N. */
function signalNumber(signal: string | null): number {
  return signal ? (constants.signals[signal as keyof typeof constants.signals] ?? 0) : 0;
}
