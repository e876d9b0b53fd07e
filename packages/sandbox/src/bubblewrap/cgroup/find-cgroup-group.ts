import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { isProcessAlive } from '../../shared/process-alive.js';

/** The cgroup v2 controllers a sandbox's cgroup needs: memory.max / memory.events and pids.max. */
const REQUIRED_CONTROLLERS = ['memory', 'pids'] as const;
/** What a sandbox's cgroup is used through (see SandboxCgroup). */
const PROBED_FILES = ['memory.max', 'pids.max', 'memory.events', 'cgroup.kill'];
/** The folder, beside this process's own cgroup, that holds one cgroup per sandbox. */
const GROUP_NAME = 'smartapiforge-sandboxes';

/** Whether sandboxes can get their own cgroup v2, and where; or why not. */
export type CgroupGroup =
  { readonly usable: true; readonly dir: string } | { readonly usable: false; readonly reason: string };

/**
 * Finds (and prepares) the cgroup under which each sandbox gets a cgroup of its own. It sits beside this
 * process's cgroup rather than inside it: cgroup v2 lets only cgroups without processes of their own
 * hand controllers to children, and ours holds this process. The answer comes from trying (creating the
 * folder, enabling the controllers, creating and removing a probe child) since permissions, delegation
 * and hybrid v1/v2 hosts make anything short of that a guess. `groupDir` overrides where (a delegated
 * cgroup, say).
 */
export function findCgroupGroup(groupDir?: string): CgroupGroup {
  try {
    const dir =
      groupDir ??
      defaultGroupDir(
        readFileSync('/proc/self/mountinfo', 'utf8'),
        readFileSync('/proc/self/cgroup', 'utf8'),
      );
    prepareGroup(dir);
    return { usable: true, dir };
  } catch (error) {
    return { usable: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** `<cgroup2 mount>/<parent of this process's cgroup>/smartapiforge-sandboxes`, from the two /proc files. */
export function defaultGroupDir(mountinfo: string, procSelfCgroup: string): string {
  const mount = cgroup2MountPoint(mountinfo);
  if (mount === undefined) throw new Error('no cgroup2 file system is mounted');
  const own = ownCgroupPath(procSelfCgroup);
  if (own === undefined) throw new Error('this process has no cgroup v2 membership (/proc/self/cgroup)');
  // At the top of the visible hierarchy there is no "beside"; only the real root may then hand
  // controllers down while holding processes, which prepareGroup finds out by trying.
  return join(mount, own === '/' ? '/' : dirname(own), GROUP_NAME);
}

/** The mount point of the cgroup2 file system, from /proc/self/mountinfo (its hierarchy root if several). */
function cgroup2MountPoint(mountinfo: string): string | undefined {
  const mounts = mountinfo
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields[fields.indexOf('-') + 1] === 'cgroup2')
    .map((fields) => ({ root: fields[3], point: unescapeMountPath(fields[4] ?? '') }));
  return (mounts.find((mount) => mount.root === '/') ?? mounts[0])?.point;
}

/** This process's cgroup v2 path (`0::/path` in /proc/self/cgroup). */
function ownCgroupPath(procSelfCgroup: string): string | undefined {
  const line = procSelfCgroup.split('\n').find((entry) => entry.startsWith('0::'));
  return line === undefined ? undefined : posix.normalize(line.slice(3) || '/');
}

/** mountinfo escapes spaces, tabs, newlines and backslashes as octal (`\040`). */
function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

function prepareGroup(dir: string): void {
  const parent = dirname(dir);
  const available = words(readFileSync(join(parent, 'cgroup.controllers'), 'utf8'));
  const missing = REQUIRED_CONTROLLERS.filter((controller) => !available.includes(controller));
  if (missing.length > 0) {
    throw new Error(
      `the cgroup2 hierarchy at ${parent} lacks the ${missing.join(' and ')} controller${missing.length > 1 ? 's' : ''}` +
        ' (on a hybrid v1/v2 host they belong to cgroup v1)',
    );
  }
  try {
    enableControllers(parent);
  } catch (error) {
    throw new Error(
      `cannot enable the memory and pids controllers below ${parent} (${(error as Error).message});` +
        ' a cgroup that holds processes cannot hand controllers down, so pass a delegated cgroup as cgroupParent',
    );
  }
  mkdirSync(dir, { recursive: true });
  enableControllers(dir);
  removeAbandoned(dir);
  const probe = join(dir, `probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  try {
    // memory.max and pids.max exist only when the controllers reach the child; cgroup.kill needs Linux 5.14.
    const missingFiles = PROBED_FILES.filter((file) => !isReadWrite(join(probe, file)));
    if (missingFiles.length > 0) {
      throw new Error(
        `a cgroup made under ${dir} has no ${missingFiles.join(', ')} (cgroup.kill needs Linux 5.14)`,
      );
    }
  } finally {
    rmdirSync(probe);
  }
}

/** Hands the required controllers to the cgroup's children, unless it already does. */
function enableControllers(dir: string): void {
  const enabled = words(readFileSync(join(dir, 'cgroup.subtree_control'), 'utf8'));
  const wanted = REQUIRED_CONTROLLERS.filter((controller) => !enabled.includes(controller));
  if (wanted.length === 0) return;
  writeFileSync(join(dir, 'cgroup.subtree_control'), wanted.map((controller) => `+${controller}`).join(' '));
}

/**
 * Sandbox cgroups are named `<owner pid>.<sandbox id>`; the owner removes them on destroy, so one whose
 * owner is gone was left by a crash. Its processes died with the owner (--die-with-parent), so it is
 * empty and rmdir succeeds; a populated one is refused and left alone.
 */
function removeAbandoned(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const owner = /^(\d+)\./.exec(entry.name)?.[1];
    if (!entry.isDirectory() || owner === undefined || isProcessAlive(Number(owner))) continue;
    try {
      rmdirSync(join(dir, entry.name));
    } catch {
      // Still populated, or another process removed it first.
    }
  }
}

function isReadWrite(path: string): boolean {
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
