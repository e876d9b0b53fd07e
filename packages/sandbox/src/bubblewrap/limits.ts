import type { SandboxLimits } from '../sandbox-provider.js';

/**
 * How the bubblewrap provider enforces limits, as `capabilities.limits` reports it: `cgroup2` gives each
 * sandbox a cgroup (memory without swap and tasks capped for the whole sandbox, out-of-memory kills
 * counted, everything killed at once on destroy); `rlimit` caps each process with prlimit.
 */
export type LimitsMechanism = 'cgroup2' | 'rlimit';

/**
 * Defaults sized for running a generated API and its tests. Under rlimits memory is an address-space cap
 * per process (RLIMIT_AS), so it must leave room for reservations, not just use: node itself reserves
 * about 1 GiB, and an embedded Postgres compiled to WebAssembly (PGlite) about 2.5 GiB more even with
 * --disable-wasm-trap-handler (measured: 3 GiB fails intermittently, 4 GiB passes). Under a cgroup it
 * caps memory actually used by the whole sandbox, which the same figure leaves ample.
 */
export const DEFAULT_LIMITS: Required<SandboxLimits> = {
  memoryMb: 4096,
  processes: 256,
  cpuSeconds: 300,
  outputBytes: 10 * 1024 * 1024,
};

/** The limits a sandbox's commands run under, and what enforces them. */
export interface EnforcedLimits {
  readonly values: Required<SandboxLimits>;
  readonly mechanism: LimitsMechanism;
  /** Out-of-memory kills in the sandbox so far, where its cgroup counts them. */
  readonly oomKills?: () => number;
}

export function resolveLimits(...layers: (SandboxLimits | undefined)[]): Required<SandboxLimits> {
  return Object.assign({}, DEFAULT_LIMITS, ...layers.map(withoutUndefined)) as Required<SandboxLimits>;
}

/**
 * prlimit flags for one command. Under rlimits: RLIMIT_AS, and RLIMIT_NPROC, which counts per user
 * namespace on Linux ≥ 5.14, so each sandbox has its own process budget even though all run as the same
 * host uid. A cgroup already caps memory and tasks for the whole sandbox. CPU time is only capped for
 * `exec`: a spawned server lives as long as the sandbox and would otherwise be killed after its CPU budget.
 */
export function prlimitFlags(limits: EnforcedLimits, { cpu }: { cpu: boolean }): string[] {
  const { values } = limits;
  const flags =
    limits.mechanism === 'rlimit'
      ? [`--as=${values.memoryMb * 1024 * 1024}`, `--nproc=${values.processes}`]
      : [];
  // The soft limit sends SIGXCPU (which we recognise); the hard one a second later is SIGKILL.
  if (cpu) flags.push(`--cpu=${values.cpuSeconds}:${values.cpuSeconds + 1}`);
  return flags;
}

function withoutUndefined(limits: SandboxLimits | undefined): SandboxLimits {
  return Object.fromEntries(Object.entries(limits ?? {}).filter(([, value]) => value !== undefined));
}
