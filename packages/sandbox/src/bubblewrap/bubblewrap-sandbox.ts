import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { chown, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SandboxUnavailableError } from '../errors.js';
import type { CreateSandboxOptions, Sandbox, SandboxLimits, SandboxProvider } from '../sandbox-provider.js';
import { AgentConnection } from './agent-connection.js';
import { buildBwrapArgs, SANDBOX_AGENT_PATH, sandboxNodePath } from './bwrap-args.js';
import { handshakeArgs, handshakeStdio, readNamespaceInit } from './bwrap-handshake.js';
import type { SandboxCgroup } from './cgroup/sandbox-cgroup.js';
import { findExecutable } from './find-executable.js';
import { resolveLimits, type EnforcedLimits, type LimitsMechanism } from './limits.js';
import {
  chooseEnforcement,
  joinCgroup,
  newCgroup,
  requireCgroupGroup,
  type Enforcement,
} from './limits-enforcement.js';
import { forwardPort, type PortForward } from './port-forwarder.js';
import { writeBatches } from './write-batches.js';
import { execCommand, spawnCommand } from './sandbox-command.js';

export interface BubblewrapSandboxSettings {
  /** The bwrap binary; a name is looked up on PATH. Default `bwrap`. */
  readonly bwrapPath?: string;
  /**
   * Host folder that holds one workspace folder per sandbox. Default `<tmpdir>/smartapiforge-sandboxes-<uid>`:
   * one per user, since a shared temp folder's first user would own it and lock everyone else out.
   */
  readonly rootDir?: string;
  /** Limits for every sandbox; `create({ limits })` overrides them field by field. */
  readonly limits?: SandboxLimits;
  /**
   * Runtime images by name: root filesystem folders used instead of the host's system folders when
   * `create({ image })` names one. An absolute path given as the image is used as is.
   */
  readonly images?: Readonly<Record<string, string>>;
  /**
   * What enforces the limits. `auto` (the default) gives each sandbox a cgroup v2 where a usable
   * hierarchy is found (memory, pids and cgroup.kill delegated to this process) and falls back to
   * per-process rlimits otherwise; `cgroup2` makes `create` fail, saying why, where none is usable;
   * `rlimit` never uses cgroups. `capabilities.limits` says which is in use.
   */
  readonly limitsMechanism?: 'auto' | LimitsMechanism;
  /**
   * The cgroup v2 folder (e.g. `/sys/fs/cgroup/smartapiforge`) under which each sandbox gets its cgroup:
   * a delegated one, for hosts where the default, a `smartapiforge-sandboxes` cgroup beside this
   * process's own, cannot be used.
   */
  readonly cgroupParent?: string;
}

/**
 * When the host runs as root, sandboxes run as `nobody`: even a process that broke out of its
 * namespaces would then own nothing on the host. Unprivileged hosts keep their own uid.
 */
const SANDBOX_UID = 65534;
const runsAsRoot = process.getuid?.() === 0;

/** Shipped beside the compiled module (the build copies it into dist/). */
const agentPath = fileURLToPath(new URL('./sandbox-agent.cjs', import.meta.url));
let readableAgent: string | undefined;

/**
 * The agent as a file the sandbox user can read. bwrap opens bind sources as that user, and the package
 * may be installed where only its owner can enter (under /root, in a 0700 checkout), so the agent is
 * copied once into a folder of this user's in the temp directory, named after its content's hash so
 * versions never clash; the folder is checked to be ours, not a planted link.
 */
function readableAgentPath(): string {
  if (readableAgent !== undefined) return readableAgent;
  const source = readFileSync(agentPath);
  const dir = join(tmpdir(), `smartapiforge-agent-${process.getuid?.() ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const folder = lstatSync(dir);
  if (!folder.isDirectory() || (process.getuid !== undefined && folder.uid !== process.getuid())) {
    throw new SandboxUnavailableError(`${dir} is not a folder of this user's; remove it and retry.`);
  }
  chmodSync(dir, 0o755);
  const target = join(
    dir,
    `sandbox-agent-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.cjs`,
  );
  if (!existsSync(target) || !readFileSync(target).equals(source)) {
    // Written aside and renamed into place, so a concurrent process never binds a half-written agent.
    const staging = `${target}.${process.pid}.${randomUUID()}`;
    writeFileSync(staging, source, { mode: 0o644 });
    renameSync(staging, target);
  }
  return (readableAgent = target);
}

/**
 * The local, default sandbox: bubblewrap namespaces around the host's own toolchain. Each sandbox is one
 * long-lived bwrap process running a small agent, so every exec, spawn and forwarded port shares one
 * private network namespace (a server spawned inside is reachable from a later exec, and through
 * `exposePort` from the host) while nothing outside is reachable from inside.
 */
export function createBubblewrapSandbox(settings: BubblewrapSandboxSettings = {}): SandboxProvider {
  let enforcement: Enforcement | undefined;
  const enforcementOnce = () =>
    (enforcement ??= chooseEnforcement(settings.limitsMechanism ?? 'auto', settings.cgroupParent));
  return {
    specificationVersion: 'v1',
    provider: 'bubblewrap',
    capabilities: {
      network: false,
      ports: true,
      get limits() {
        return enforcementOnce().mechanism;
      },
    },
    create: (options) => createSandbox(settings, enforcementOnce(), options),
  };
}

async function createSandbox(
  settings: BubblewrapSandboxSettings,
  enforcement: Enforcement,
  options: CreateSandboxOptions = {},
): Promise<Sandbox> {
  options.signal?.throwIfAborted();
  const bwrap = requireTools(settings.bwrapPath ?? 'bwrap');
  const cgroupDir = requireCgroupGroup(enforcement);
  const limits = resolveLimits(settings.limits, options.limits);
  const rootfs = resolveImage(settings, options.image);
  const id = `bwrap-${randomUUID()}`;
  // A memory workspace is a tmpfs inside the sandbox's mount namespace: nothing on the host to make or remove.
  const workspaceDir = options.workspace === 'memory' ? undefined : await newWorkspaceDir(settings, id);
  const removeWorkspace = async () => {
    if (workspaceDir !== undefined) await rm(workspaceDir, { recursive: true, force: true });
  };
  let cgroup: SandboxCgroup | undefined;
  try {
    if (cgroupDir !== undefined) cgroup = newCgroup(cgroupDir, id, limits);
  } catch (error) {
    await removeWorkspace();
    throw error;
  }

  const child = spawn(
    bwrap,
    [
      ...buildBwrapArgs({
        workspace:
          workspaceDir === undefined ? { memory: true, sizeMb: limits.memoryMb } : { hostDir: workspaceDir },
        agentPath: readableAgentPath(),
        nodePath: process.execPath,
        mounts: options.mounts,
        rootfs,
      }),
      ...handshakeArgs({ block: cgroup !== undefined }),
      sandboxNodePath(process.execPath, rootfs),
      SANDBOX_AGENT_PATH,
    ],
    {
      stdio: handshakeStdio({ block: cgroup !== undefined }),
      // Not only --clearenv: bwrap itself stays pid 1 inside, and its /proc/1/environ would show the
      // host's environment (secrets included) to anything in the sandbox.
      env: {},
      ...(runsAsRoot ? { uid: SANDBOX_UID, gid: SANDBOX_UID } : {}),
    },
  ) as ChildProcessWithoutNullStreams; // stdin, stdout and stderr are pipes either way

  const agent = new AgentConnection(child);
  const namespaceInit = readNamespaceInit(child);
  let namespaceInitPid: number | undefined;
  void namespaceInit.then((pid) => (namespaceInitPid = pid));
  const forwards = new Map<number, Promise<PortForward>>();
  let destroyed: Promise<void> | undefined;
  const destroy = () =>
    (destroyed ??= (async () => {
      const open = await Promise.allSettled(forwards.values());
      await Promise.all(
        open.map((forward) => (forward.status === 'fulfilled' ? forward.value.close() : undefined)),
      );
      try {
        // cgroup.kill first: one write stops everything inside at once, however it detached.
        cgroup?.kill();
      } finally {
        // Then the namespace, which also ends a child still on its way into the cgroup (an aborted
        // create), and only then the wait for the cgroup to empty.
        // A create aborted while bwrap starts may not know its namespace child yet. Killing bwrap
        // then can leave that child running (it may not have armed --die-with-parent yet) and holding
        // the pipes, so the kill waits for bwrap's info fd, which names the child or says bwrap died.
        await agent.kill(namespaceInitPid ?? (await namespaceInit));
        try {
          await cgroup?.remove();
        } finally {
          await removeWorkspace();
        }
      }
    })());

  try {
    if (cgroup) await abortable(joinCgroup(child, cgroup, namespaceInit), options.signal);
    await abortable(agent.ready, options.signal);
  } catch (error) {
    await destroy();
    throw error;
  }
  const enforced: EnforcedLimits = {
    values: limits,
    mechanism: enforcement.mechanism,
    ...(cgroup ? { oomKills: cgroup.oomKills } : {}),
  };

  return {
    id,
    async writeFiles(files) {
      for (const batch of writeBatches(files)) await agent.request('write', batch.fields, batch.body);
    },
    async readFile(path) {
      const reply = await agent.request('read', { path });
      return (reply.body ?? Buffer.alloc(0)).toString('utf8');
    },
    exec: (command, args, execOptions = {}) => execCommand(agent, command, args, execOptions, enforced),
    spawn: (command, args, spawnOptions = {}) => spawnCommand(agent, command, args, spawnOptions, enforced),
    async exposePort(port) {
      let forward = forwards.get(port);
      if (!forward) forwards.set(port, (forward = forwardPort(agent, port)));
      return (await forward).url;
    },
    destroy,
  };
}

/** The host folder bound as a sandbox's workspace, made for that sandbox's user alone. */
async function newWorkspaceDir(settings: BubblewrapSandboxSettings, id: string): Promise<string> {
  const rootDir = settings.rootDir ?? defaultRootDir();
  const workspaceDir = join(rootDir, id);
  // 0711: sandboxes may traverse to their own workspace but not list their neighbours.
  await mkdir(rootDir, { recursive: true, mode: 0o711 });
  requireOwnFolder(rootDir);
  await mkdir(workspaceDir, { mode: 0o700 });
  try {
    if (runsAsRoot) await chown(workspaceDir, SANDBOX_UID, SANDBOX_UID);
  } catch (error) {
    await rm(workspaceDir, { recursive: true, force: true });
    throw error;
  }
  return workspaceDir;
}

/** Checks for what a sandbox needs before touching the disk, with the fix in the message. */
function requireTools(bwrapPath: string): string {
  const bwrap = findExecutable(bwrapPath);
  if (!bwrap) {
    throw new SandboxUnavailableError(
      `bubblewrap was not found (looked for "${bwrapPath}"). Install it with \`apt-get install bubblewrap\` or pass bwrapPath.`,
      { details: { bwrapPath } },
    );
  }
  if (!findExecutable('prlimit')) {
    throw new SandboxUnavailableError('prlimit was not found; install it with `apt-get install util-linux`.');
  }
  if (!existsSync(agentPath)) {
    throw new SandboxUnavailableError(
      `The sandbox agent is missing at ${agentPath}; rebuild @smartapiforge/sandbox.`,
    );
  }
  return bwrap;
}

/** Rejects with the signal's reason once it aborts, including when it already has (no event comes then). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The host's toolchain when no image is asked for; otherwise the image's root folder, which must exist. */
function resolveImage(settings: BubblewrapSandboxSettings, image: string | undefined): string | undefined {
  if (image === undefined) return undefined;
  const rootfs = image.startsWith('/') ? image : settings.images?.[image];
  if (rootfs === undefined) {
    const known = Object.keys(settings.images ?? {});
    throw new SandboxUnavailableError(
      `No runtime image named "${image}" is configured for the bubblewrap sandbox` +
        (known.length ? ` (known: ${known.join(', ')}).` : '.') +
        ' Pass its root folder in createBubblewrapSandbox({ images }) or as an absolute path.',
      { details: { image } },
    );
  }
  if (!existsSync(join(rootfs, 'usr'))) {
    throw new SandboxUnavailableError(
      `The runtime image root ${rootfs} has no usr/ folder; build the image first.`,
      {
        details: { image, rootfs },
      },
    );
  }
  return rootfs;
}

/** The default workspace root, per user (see `BubblewrapSandboxSettings.rootDir`). */
export function defaultRootDir(): string {
  return join(tmpdir(), `smartapiforge-sandboxes-${process.getuid?.() ?? 'user'}`);
}

/**
 * In a shared temp folder another user could create our folder first and read every workspace in it;
 * a root we do not own is refused instead of used.
 */
function requireOwnFolder(dir: string): void {
  const uid = process.getuid?.();
  const owner = lstatSync(dir);
  if (uid !== undefined && (owner.uid !== uid || !owner.isDirectory())) {
    throw new SandboxUnavailableError(
      `The sandbox folder ${dir} belongs to another user (uid ${owner.uid}); remove it or pass rootDir to createBubblewrapSandbox.`,
      { details: { provider: 'bubblewrap', rootDir: dir } },
    );
  }
}
