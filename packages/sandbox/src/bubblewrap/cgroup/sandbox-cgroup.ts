import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxLimits } from '../../sandbox-provider.js';

/** How long remove waits for killed processes to leave the cgroup before leaving it behind. */
const DRAIN_TIMEOUT_MS = 2_000;

/**
 * One sandbox's cgroup v2: memory (without swap) and task count capped for everything inside,
 * out-of-memory kills counted, and every process killed at once on destroy, however it detached.
 */
export interface SandboxCgroup {
  readonly dir: string;
  /**
   * Moves a process (all its threads) in; whatever it starts afterwards is born inside. Asynchronous: a
   * migration waits for an RCU grace period in the kernel (measured 5-20 ms), which would otherwise
   * stall this process's event loop.
   */
  adopt(pid: number): Promise<void>;
  /** How many processes the kernel has killed for passing memory.max so far (0 once removed). */
  oomKills(): number;
  /** SIGKILLs everything inside at once, however it detached. */
  kill(): void;
  /**
   * Waits for the processes inside to be gone and removes the cgroup. One that
   * does not drain in time (a process stuck in the kernel) is left, and removed by the first provider
   * that starts after this process has exited.
   */
  remove(): Promise<void>;
}

/**
 * Creates `<group>/<owner pid>.<sandbox id>` with its limits set before any process joins. The owner pid
 * lets a later process recognise the cgroups a crashed one left (see findCgroupGroup).
 */
export function createSandboxCgroup(
  groupDir: string,
  id: string,
  limits: Required<SandboxLimits>,
): SandboxCgroup {
  const dir = join(groupDir, `${process.pid}.${id}`);
  const write = (file: string, value: string) => writeFileSync(join(dir, file), value);
  mkdirSync(dir);
  try {
    write('memory.max', String(limits.memoryMb * 1024 * 1024));
    // Without swap accounting (no memory.swap.max) the kernel cannot swap the sandbox past memory.max.
    if (existsSync(join(dir, 'memory.swap.max'))) write('memory.swap.max', '0');
    // Counts tasks, threads included, as RLIMIT_NPROC does.
    write('pids.max', String(limits.processes));
  } catch (error) {
    rmdirSync(dir);
    throw error;
  }

  return {
    dir,
    adopt: (pid) => writeFile(join(dir, 'cgroup.procs'), String(pid)),
    oomKills() {
      try {
        const events = readFileSync(join(dir, 'memory.events'), 'utf8');
        return Number(/^oom_kill (\d+)$/m.exec(events)?.[1] ?? 0);
      } catch {
        return 0;
      }
    },
    kill: () => write('cgroup.kill', '1'),
    async remove() {
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (/^populated 1$/m.test(await readFile(join(dir, 'cgroup.events'), 'utf8'))) {
        if (Date.now() > deadline) return;
        await sleep(5);
      }
      rmdirSync(dir);
    },
  };
}
