/** A generated project ready to run: its files and how to start it. */
export interface DeployableProject {
  /** The API's kebab-case name, used for deployment names. */
  readonly name: string;
  /** Host folder holding the project. */
  readonly dir: string;
  /** Stack tag, e.g. `express`, `fastapi`. */
  readonly stack: string;
  /** Optional command run once before start (e.g. compiling TypeScript); a failure fails the deploy. */
  readonly build?: { readonly command: string; readonly args: readonly string[] };
  /**
   * The files `build` would write (by path from the project folder), made ahead by a caller that
   * knows they are exactly what it makes. A deployer that builds on its own machine writes these with
   * the project's files instead of running `build`; one that builds elsewhere builds as always.
   */
  readonly built?: Readonly<Record<string, string>>;
  /** Command that starts the server; it must listen on the port given in `PORT`. */
  readonly start: { readonly command: string; readonly args: readonly string[] };
  /** Read-only folders the running project needs (e.g. the dependency cache as node_modules). */
  readonly mounts?: readonly { readonly hostPath: string; readonly sandboxPath: string }[];
  /** Runtime image (root filesystem folder) sandboxed deployers run the project in, when not the host's. */
  readonly image?: string;
  /**
   * Whether the API keeps data in a database. Cloud deployers then require `DATABASE_URL` (or an
   * explicit ephemeral demo). Default: true when the project has a `migrations/` folder.
   */
  readonly stateful?: boolean;
  /**
   * How the app keeps its data on disk when no `DATABASE_URL` is given: the environment variable it
   * reads, and its value with `{dir}` standing for the folder (default: the folder itself), e.g.
   * `{ env: 'PGLITE_DATA_DIR' }`. Deployers with a disk of their own (local) set it to a folder that
   * outlives every version of the deployment, so `update` keeps the rows.
   */
  readonly dataDir?: {
    readonly env: string;
    readonly value?: string;
    /**
     * A tar archive holding the folder's initial contents, by its path from the project folder (a
     * mount's file, e.g. an initialised database cluster). Deployers that make the folder unpack it
     * there before the first start, so the app opens a database instead of creating one; when it
     * cannot be unpacked the folder starts empty, as without a seed.
     */
    readonly seed?: string;
    /**
     * Files written into the folder over the unpacked seed, by their path in it (settings that differ
     * from the archive's, e.g. a database configuration file); nothing is written without a seed.
     */
    readonly seedFiles?: Readonly<Record<string, string>>;
  };
}

export interface DeployOptions {
  readonly signal?: AbortSignal;
  /** Environment variables for the running app. */
  readonly env?: Readonly<Record<string, string>>;
  /** Receives the app's log lines as they arrive. */
  readonly onLog?: (line: string) => void;
  /**
   * Deploy a stateful API without `DATABASE_URL` as a demo whose data lives only as long as one
   * function or machine instance (the result says `ephemeral: true`). Cloud deployers refuse otherwise.
   */
  readonly ephemeral?: boolean;
}

export interface Deployment {
  readonly id: string;
  /** Base URL of the live API. */
  readonly url: string;
  /** Interactive documentation (Swagger UI). */
  readonly docsUrl: string;
  /** The OpenAPI document the API serves. */
  readonly openapiUrl: string;
  readonly provider: string;
  readonly startedAt: string;
  /** Set by a deployer chain: every deployer it tried, in order, the one that succeeded last. */
  readonly hops?: readonly DeployHop[];
  /**
   * True when a stateful API was deployed without a database on request: each instance keeps its own
   * in-memory data, which later requests (served by other instances) may not see.
   */
  readonly ephemeral?: true;
}

/** One attempt in a deployer chain. */
export interface DeployHop {
  readonly provider: string;
  /** Time the attempt took. */
  readonly ms: number;
  /** Why it failed: the error's stable `code` and message. Absent for the attempt that succeeded. */
  readonly error?: { readonly code: string; readonly message: string };
}

export type DeploymentState = 'starting' | 'live' | 'restarting' | 'stopped' | 'failed';

/**
 * Runs a generated project and reports a live URL once its `/healthz` and `/openapi.json` answer.
 * Version 1 of the interface.
 */
export interface DeployerV1 {
  readonly specificationVersion: 'v1';
  /** Stable provider id, e.g. `local`, `vercel`, `fly`. */
  readonly provider: string;
  deploy(project: DeployableProject, options?: DeployOptions): Promise<Deployment>;
  status(id: string): Promise<DeploymentState>;
  logs(id: string): Promise<readonly string[]>;
  /** Stops the deployment and frees what it used. Safe to call twice. */
  destroy(id: string): Promise<void>;
  /**
   * Optional: puts a new version of the project behind a live deployment's URL, keeping its data.
   * The old version serves until the new one is built; a new version that fails to build or become
   * healthy leaves the old one serving and rejects. Resolves with the deployment (same id and URL).
   * Absent where the provider cannot switch versions in place; callers then deploy afresh.
   */
  update?(id: string, project: DeployableProject, options?: DeployOptions): Promise<Deployment>;
}

export type Deployer = DeployerV1;
