/** What a provider can do; callers check these before relying on a feature. */
export interface SandboxCapabilities {
  /** Outbound network from inside the sandbox. */
  readonly network: boolean;
  /** Servers started inside can be reached from the host through `exposePort`. */
  readonly ports: boolean;
  /**
   * How resource limits are enforced: `cgroup2` (a cgroup per sandbox) or `rlimit` (per-process
   * prlimit) for the bubblewrap provider, `provider` where a cloud service enforces them.
   */
  readonly limits: string;
  /**
   * Files a command writes are seen by later execs and by `readFile`. Absent means true; providers
   * that run every exec in a fresh container (Northflank jobs) say false and only keep what
   * `writeFiles` wrote.
   */
  readonly persistentFiles?: boolean;
  /**
   * Runtime names `create({ image })` accepts and maps to this provider's template or image, whose
   * dependency sets are already installed. Cloud providers list them; callers then ask for runtimes by
   * name, never by host path. Absent for providers that take host folders (bubblewrap).
   */
  readonly runtimes?: readonly string[];
}

/** One provider a chain tried while creating a sandbox (see `createSandboxChain`). */
export interface SandboxHop {
  /** The provider id, e.g. `e2b`. */
  readonly provider: string;
  /** The error code when it failed to create (`sandbox_unavailable`, ...); absent for the winner. */
  readonly code?: string;
  readonly message?: string;
  /** Milliseconds the attempt took. */
  readonly ms: number;
}

export interface SandboxLimits {
  /**
   * Memory cap in MiB. Providers that enforce it with prlimit cap each process's address space, which
   * must leave room for runtime reservations (node needs about 1 GiB); with a cgroup it caps the memory
   * the whole sandbox uses, without swap.
   */
  readonly memoryMb?: number;
  /** Maximum number of processes (tasks, threads included) in the sandbox. */
  readonly processes?: number;
  /** CPU seconds per exec (not applied to `spawn`ed servers, which live as long as the sandbox). */
  readonly cpuSeconds?: number;
  /** Bytes of stdout+stderr kept per exec before it is killed. */
  readonly outputBytes?: number;
}

/** A read-only folder from the host made visible inside the sandbox (e.g. a dependency cache). */
export interface SandboxMount {
  readonly hostPath: string;
  /** Path inside the sandbox, relative to the workspace root or absolute. */
  readonly sandboxPath: string;
  /**
   * Set when the folder is a runtime's dependency set (the dependency cache's `node_modules` for
   * `node20-express`). Cloud providers whose template for that runtime already holds it there skip
   * the mount; any other mount they upload or refuse with a `SandboxMountError`.
   */
  readonly runtime?: string;
}

export interface CreateSandboxOptions {
  /**
   * What the sandbox runs on: a runtime name (`node20-express`, `python-fastapi`), which cloud
   * providers map to their template or image for it (see `capabilities.runtimes`); a provider's own
   * template or image name; or, for the bubblewrap provider, a host root-filesystem folder.
   */
  readonly image?: string;
  readonly mounts?: readonly SandboxMount[];
  readonly limits?: SandboxLimits;
  /**
   * Where the workspace's files live. `disk` (the default) keeps them in a folder on the host's disk;
   * `memory` keeps them in RAM (the bubblewrap provider mounts a tmpfs, capped at `limits.memoryMb`),
   * which is faster to fill and to delete, for short-lived work such as a test run whose files nobody
   * reads once the sandbox is gone. Cloud providers keep workspaces in their own containers and
   * ignore it.
   */
  readonly workspace?: 'disk' | 'memory';
  readonly signal?: AbortSignal;
}

export interface ExecOptions {
  /** Working directory relative to the workspace root. */
  readonly cwd?: string;
  /** Environment variables; nothing from the host environment leaks in. */
  readonly env?: Readonly<Record<string, string>>;
  /** Wall-clock limit in milliseconds; the process tree is killed when it passes. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly onStdout?: (chunk: string) => void;
  readonly onStderr?: (chunk: string) => void;
}

export interface ExecResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

/** A long-running process started in the sandbox (a server under test, a deployment). */
export interface SandboxProcess {
  /** The pid as the sandbox sees it (its own pid namespace), when the provider knows it. */
  readonly pid: number | undefined;
  /** Resolves with the exit code (or null when killed by a signal) once the process ends. */
  readonly exited: Promise<number | null>;
  kill(): Promise<void>;
}

export interface SandboxV1 {
  readonly id: string;
  /**
   * Set by provider chains: every provider tried, in order, the last being the one that created this
   * sandbox. Absent for a sandbox created directly.
   */
  readonly hops?: readonly SandboxHop[];
  /** Writes files into the workspace, creating folders as needed. Paths are workspace-relative. */
  writeFiles(files: Readonly<Record<string, string | Uint8Array>>): Promise<void>;
  readFile(path: string): Promise<string>;
  /** Runs a command to completion with streamed output. */
  exec(command: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult>;
  /** Starts a command and returns at once; it lives until killed or the sandbox is destroyed. */
  spawn(
    command: string,
    args: readonly string[],
    options?: Omit<ExecOptions, 'timeoutMs'>,
  ): Promise<SandboxProcess>;
  /**
   * Makes a TCP port that a process inside listens on reachable from the host; returns the host URL
   * (e.g. `http://127.0.0.1:43817`). Requires `capabilities.ports`.
   */
  exposePort(port: number): Promise<string>;
  /** Kills every process and deletes the workspace. Safe to call twice. */
  destroy(): Promise<void>;
}

/**
 * Creates isolated workspaces for untrusted, generated code. Version 1 of the interface.
 */
export interface SandboxProviderV1 {
  readonly specificationVersion: 'v1';
  /** Stable provider id, e.g. `bubblewrap`, `e2b`, `northflank`. */
  readonly provider: string;
  readonly capabilities: SandboxCapabilities;
  create(options?: CreateSandboxOptions): Promise<SandboxV1>;
}

export type SandboxProvider = SandboxProviderV1;
export type Sandbox = SandboxV1;
