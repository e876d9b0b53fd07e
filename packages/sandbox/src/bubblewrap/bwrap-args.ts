import { lstatSync, readlinkSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import type { SandboxMount } from '../sandbox-provider.js';

/** Where the workspace and the agent appear inside every sandbox. */
export const SANDBOX_WORKSPACE = '/workspace';
export const SANDBOX_AGENT_PATH = '/opt/smartapiforge/sandbox-agent.cjs';
export const SANDBOX_PATH_ENV = '/usr/local/bin:/usr/bin:/bin';
/** Where the host's node is bound when the system folders come from an image instead of the host. */
export const SANDBOX_NODE_PATH = '/opt/smartapiforge/bin/node';

/**
 * The workspace: a host folder bound read-write at /workspace, or a tmpfs of its own (in memory, gone
 * with the sandbox), capped at `sizeMb` when given.
 */
export type BwrapWorkspace =
  { readonly hostDir: string } | { readonly memory: true; readonly sizeMb?: number };

export interface BwrapLayout {
  readonly workspace: BwrapWorkspace;
  /** Host path of sandbox-agent.cjs. */
  readonly agentPath: string;
  /** Host node binary that runs the agent (and the generated app). */
  readonly nodePath: string;
  readonly mounts?: readonly SandboxMount[];
  /**
   * A root filesystem folder (e.g. a debootstrap'd Debian with Python) whose system folders replace
   * the host's; the host's node is still bound in, at SANDBOX_NODE_PATH, to run the agent.
   */
  readonly rootfs?: string;
}

/** System folders a toolchain needs; on merged-/usr systems most are symlinks into /usr. */
const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/etc'];

/**
 * The bwrap command line for one sandbox. The root is an empty tmpfs holding only read-only system
 * folders, so host secrets (/root, /home, the project checkout, other workspaces) are not merely
 * unwritable but absent; it is remounted read-only once every mount point exists.
 */
export function buildBwrapArgs(layout: BwrapLayout): string[] {
  // prettier-ignore
  return [
    '--tmpfs', '/',
    ...SYSTEM_DIRS.flatMap((dir) => systemDirArgs(dir, layout.rootfs)),
    ...nodeArgs(layout.nodePath, layout.rootfs),
    '--dev', '/dev',
    '--proc', '/proc',
    '--tmpfs', '/tmp',
    ...workspaceArgs(layout.workspace),
    '--ro-bind', layout.agentPath, SANDBOX_AGENT_PATH,
    ...(layout.mounts ?? []).flatMap((mount) => ['--ro-bind', mount.hostPath, toSandboxPath(mount.sandboxPath)]),
    '--remount-ro', '/',
    // New user, pid, ipc, uts, cgroup and network namespaces: the network one holds only its own
    // loopback, so nothing on the host (or beyond) is reachable.
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--hostname', 'sandbox',
    '--new-session',
    '--die-with-parent',
    '--cap-drop', 'ALL',
    '--clearenv',
    '--setenv', 'PATH', SANDBOX_PATH_ENV,
    '--setenv', 'HOME', SANDBOX_WORKSPACE,
    '--setenv', 'LANG', 'C.UTF-8',
    // WebAssembly (undici's HTTP parser behind fetch) reserves ~10 GiB of guard pages per memory,
    // which the address-space limit would refuse; bounds checks instead of guard pages fit in it.
    '--setenv', 'NODE_OPTIONS', '--disable-wasm-trap-handler',
    '--chdir', SANDBOX_WORKSPACE,
  ];
}

function workspaceArgs(workspace: BwrapWorkspace): string[] {
  if ('hostDir' in workspace) return ['--bind', workspace.hostDir, SANDBOX_WORKSPACE];
  // bwrap mounts it owned by the sandbox's user, who writes there as in a bound folder.
  const size = workspace.sizeMb === undefined ? [] : ['--size', String(workspace.sizeMb * 2 ** 20)];
  return [...size, '--tmpfs', SANDBOX_WORKSPACE];
}

/** Mount paths are absolute or relative to the workspace (`node_modules` → /workspace/node_modules). */
export function toSandboxPath(path: string): string {
  return posix.resolve(SANDBOX_WORKSPACE, path);
}

function systemDirArgs(dir: string, rootfs: string | undefined): string[] {
  const source = rootfs === undefined ? dir : posix.join(rootfs, dir);
  try {
    const stat = lstatSync(source);
    return stat.isSymbolicLink() ? ['--symlink', readlinkSync(source), dir] : ['--ro-bind', source, dir];
  } catch {
    return [];
  }
}

/** The command that runs node inside: the host's own, or its bound copy inside an image. */
export function sandboxNodePath(nodePath: string, rootfs: string | undefined): string {
  return rootfs === undefined ? nodePath : SANDBOX_NODE_PATH;
}

/**
 * A node installed outside /usr (nvm, /opt) is bound at its own path so the agent can run; inside an
 * image the binary alone is bound (it needs only libc and libstdc++, which Debian images carry).
 */
function nodeArgs(nodePath: string, rootfs: string | undefined): string[] {
  if (rootfs !== undefined) return ['--ro-bind', nodePath, SANDBOX_NODE_PATH];
  if (nodePath.startsWith('/usr/')) return [];
  const prefix = dirname(dirname(nodePath));
  return ['--ro-bind', prefix, prefix];
}
