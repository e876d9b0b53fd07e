import { constants } from 'node:os';
import type { ExecOptions, ExecResult, SandboxLimits, SandboxProcess } from '../sandbox-provider.js';
import { SandboxUnavailableError, type SandboxResourceLimitError } from '../errors.js';
import { guardExec, resourceLimitError, type CollectedOutput } from '../shared/exec-guard.js';
import type { AgentConnection, AgentMessage } from './agent-connection.js';
import { prlimitFlags, type EnforcedLimits } from './limits.js';

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
  limits: EnforcedLimits,
): Promise<ExecResult> {
  const guard = guardExec(command, options, limits.values.outputBytes, () => running.kill());
  const ranOutOfMemory = watchMemory(limits);
  const running = startCommand(agent, command, args, {
    ...options,
    onStdout: guard.onStdout,
    onStderr: guard.onStderr,
    prlimit: prlimitFlags(limits, { cpu: true }),
  });
  try {
    const exit = await running.exited;
    const outOfMemory = ranOutOfMemory(guard.output.stderr);
    const limitError = limitBreach(command, exit, outOfMemory, guard.output, limits.values);
    if (limitError) guard.stop(limitError);
    return guard.finish(exit.code ?? 128 + signalNumber(exit.signal));
  } finally {
    guard.dispose();
  }
}

/** Starts a long-running command (no CPU-time cap, no output kept: a server's logs go to callbacks). */
export async function spawnCommand(
  agent: AgentConnection,
  command: string,
  args: readonly string[],
  options: Omit<ExecOptions, 'timeoutMs'>,
  limits: EnforcedLimits,
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

/** How a failed allocation reads under RLIMIT_AS, which makes allocations fail rather than killing. */
const OUT_OF_MEMORY = /out of memory|Cannot allocate memory|allocation failed|std::bad_alloc|MemoryError/i;

/**
 * Starts watching one command for the memory limit; the check says whether it ran out: the sandbox's
 * cgroup counted an out-of-memory kill meanwhile, or, under rlimits, its error output reports a failed
 * allocation (the only trace there is).
 */
function watchMemory(limits: EnforcedLimits): (stderr: string) => boolean {
  const { oomKills } = limits;
  if (!oomKills) return (stderr) => OUT_OF_MEMORY.test(stderr.slice(-4000));
  const before = oomKills();
  return () => oomKills() > before;
}

/**
 * Recognises a command that died on a limit rather than on its own: SIGXCPU is the CPU limit; an
 * abnormal exit while the memory watch saw the limit hit is the memory limit.
 */
function limitBreach(
  command: string,
  exit: CommandExit,
  outOfMemory: boolean,
  output: CollectedOutput,
  limits: Required<SandboxLimits>,
): SandboxResourceLimitError | undefined {
  if (exit.signal === 'SIGXCPU') {
    return resourceLimitError(`${command} used more than ${limits.cpuSeconds} CPU seconds`, 'cpu', output);
  }
  if (exit.code !== 0 && outOfMemory) {
    return resourceLimitError(
      `${command} ran out of its ${limits.memoryMb} MiB memory limit`,
      'memory',
      output,
    );
  }
  return undefined;
}

/** Shell convention: a command killed by signal N exits with 128 + N. */
function signalNumber(signal: string | null): number {
  return signal ? (constants.signals[signal as keyof typeof constants.signals] ?? 0) : 0;
}
