// How a bubblewrap sandbox's limits are enforced: choosing cgroup v2 or rlimits, and moving a starting
// sandbox into its cgroup.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { SandboxUnavailableError } from '../errors.js';
import type { SandboxLimits } from '../sandbox-provider.js';
import { releaseBlock } from './bwrap-handshake.js';
import { findCgroupGroup, type CgroupGroup } from './cgroup/find-cgroup-group.js';
import { createSandboxCgroup, type SandboxCgroup } from './cgroup/sandbox-cgroup.js';
import type { LimitsMechanism } from './limits.js';

/** How a provider enforces limits, decided once, on first use. */
export type Enforcement =
  { readonly mechanism: 'rlimit' } | { readonly mechanism: 'cgroup2'; readonly group: CgroupGroup };

/** `auto` picks cgroup v2 where usable; a forced `cgroup2` keeps the reason it is not, for create to report. */
export function chooseEnforcement(
  wanted: 'auto' | LimitsMechanism,
  cgroupParent: string | undefined,
): Enforcement {
  if (wanted === 'rlimit') return { mechanism: 'rlimit' };
  const group = findCgroupGroup(cgroupParent);
  if (group.usable || wanted === 'cgroup2') return { mechanism: 'cgroup2', group };
  return { mechanism: 'rlimit' };
}

/** The folder for sandbox cgroups, undefined under rlimits; throws when cgroups were demanded but are unusable. */
export function requireCgroupGroup(enforcement: Enforcement): string | undefined {
  if (enforcement.mechanism === 'rlimit') return undefined;
  if (enforcement.group.usable) return enforcement.group.dir;
  throw new SandboxUnavailableError(
    `cgroup v2 limits were asked for (limitsMechanism: 'cgroup2') but cannot be used here: ${enforcement.group.reason}.` +
      " Pass a delegated cgroup as cgroupParent, or use limitsMechanism 'auto' to fall back to rlimits.",
    { details: { reason: enforcement.group.reason } },
  );
}

/** The sandbox's own cgroup, its limits set, or why it could not be made. */
export function newCgroup(groupDir: string, id: string, limits: Required<SandboxLimits>): SandboxCgroup {
  try {
    return createSandboxCgroup(groupDir, id, limits);
  } catch (error) {
    throw new SandboxUnavailableError(
      `Could not create the sandbox's cgroup under ${groupDir}: ${(error as Error).message}.`,
      { cause: error },
    );
  }
}

/**
 * Moves a starting sandbox into its cgroup before anything runs in it: bwrap's namespace child is moved
 * while it waits on the block fd, before it forks the agent, so the agent and everything it ever starts
 * are born inside and no untrusted code runs outside the limits, not even for a moment. bwrap itself
 * stays outside (a move costs an RCU grace period, see SandboxCgroup.adopt): it runs nothing from the
 * sandbox and exits once its child has. A bwrap that died before reporting its child is left
 * to the agent connection to explain.
 */
export async function joinCgroup(
  bwrap: ChildProcessWithoutNullStreams,
  cgroup: SandboxCgroup,
  namespaceInit: Promise<number | undefined>,
): Promise<void> {
  const pid = await namespaceInit;
  if (pid === undefined) return;
  try {
    await cgroup.adopt(pid);
  } catch (error) {
    throw new SandboxUnavailableError(
      `Could not move the sandbox into its cgroup ${cgroup.dir}: ${(error as Error).message}.`,
      { cause: error },
    );
  }
  releaseBlock(bwrap);
}
