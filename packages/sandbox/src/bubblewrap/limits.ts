import type { SandboxLimits } from '../sandbox-provider.js';

/**
 * Defaults sized for running a generated API and its tests. Memory is an address-space cap per process
 * (prlimit's RLIMIT_AS), so it must leave room for reservations, not just use: node itself reserves about
 * 1 GiB, and an embedded Postgres compiled to WebAssembly (PGlite) about 2.5 GiB more even with
 * --disable-wasm-trap-handler (measured: 3 GiB fails intermittently, 4 GiB passes).
 */
export const DEFAULT_LIMITS: Required<SandboxLimits> = {
  memoryMb: 4096,
  processes: 256,
  cpuSeconds: 300,
  outputBytes: 10 * 1024 * 1024,
};

/** How the bubblewrap provider enforces limits, as reported in `capabilities.limits`. */
export const LIMITS_MECHANISM =
  'prlimit (RLIMIT_AS per process, RLIMIT_NPROC per sandbox user namespace, RLIMIT_CPU per exec) + output cap';

export function resolveLimits(...layers: (SandboxLimits | undefined)[]): Required<SandboxLimits> {
  return Object.assign({}, DEFAULT_LIMITS, ...layers.map(withoutUndefined)) as Required<SandboxLimits>;
}

/**
 * prlimit flags for one command. RLIMIT_NPROC counts per user namespace on Linux ≥ 5.14, so each
 * sandbox has its own process budget even though all run as the same host uid. CPU time is only
 * capped for `exec`: a spawned server lives as long as the sandbox and would otherwise be killed
 * after its CPU budget.
 */
export function prlimitFlags(limits: Required<SandboxLimits>, { cpu }: { cpu: boolean }): string[] {
  const flags = [`--as=${limits.memoryMb * 1024 * 1024}`, `--nproc=${limits.processes}`];
  // The soft limit sends SIGXCPU (which we recognise); the hard one a second later is SIGKILL.
  if (cpu) flags.push(`--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 1}`);
  return flags;
}

function withoutUndefined(limits: SandboxLimits | undefined): SandboxLimits {
  return Object.fromEntries(Object.entries(limits ?? {}).filter(([, value]) => value !== undefined));
}
