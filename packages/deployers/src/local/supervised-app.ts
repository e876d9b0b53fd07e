import type { Sandbox, SandboxProcess } from '@smartapiforge/sandbox';
import type { DeployableProject, DeploymentState } from '../deployer.js';
import { waitForHealthy, type HealthOutcome } from '../health-check.js';
import type { LogBuffer } from './log-buffer.js';

/** The port every app listens on inside its own sandbox; each sandbox has a private loopback. */
export const APP_PORT = 3000;

export interface RestartPolicy {
  /** Restarts allowed over the deployment's life before it is marked `failed`. */
  readonly maxRestarts: number;
  /** Delay before the first restart; doubled for each further one. */
  readonly backoffMs: number;
}

interface SupervisedAppOptions {
  readonly sandbox: Sandbox;
  readonly project: DeployableProject;
  readonly env: Readonly<Record<string, string>>;
  readonly logs: LogBuffer;
  readonly restart: RestartPolicy;
  readonly healthTimeoutMs: number;
  /** Workspace-relative folder the app runs in (default: the workspace root). */
  readonly cwd?: string;
  /** Port the app listens on inside its sandbox (default APP_PORT). */
  readonly port?: number;
}

/**
 * Runs a project's start command in its sandbox and keeps it running: after a crash it is restarted
 * with exponential back-off and counted live again only once healthy.
 */
export class SupervisedApp {
  state: DeploymentState = 'starting';
  readonly #options: SupervisedAppOptions;
  #process: SandboxProcess | undefined;
  #restarts = 0;
  /** Settles at the first output of the process launched last. */
  #spoke: Promise<void> = Promise.resolve();

  constructor(options: SupervisedAppOptions) {
    this.#options = options;
  }

  /** First start: resolves with how the health check ended; supervision begins only once healthy. */
  async start(url: string, signal?: AbortSignal): Promise<HealthOutcome> {
    const process = await this.#launch();
    const outcome = await waitForHealthy(url, {
      timeoutMs: this.#options.healthTimeoutMs,
      exited: process.exited,
      spoke: this.#spoke,
      signal,
    });
    if (outcome === 'healthy') {
      this.state = 'live';
      void this.#supervise(process, url);
    }
    return outcome;
  }

  get #stopped(): boolean {
    return this.state === 'stopped';
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    await this.#process?.kill();
  }

  async #launch(): Promise<SandboxProcess> {
    const { sandbox, project, env, logs, cwd, port = APP_PORT } = this.#options;
    let spoke = () => {};
    this.#spoke = new Promise<void>((resolve) => (spoke = resolve));
    this.#process = await sandbox.spawn(project.start.command, project.start.args, {
      ...(cwd === undefined ? {} : { cwd }),
      env: { ...env, PORT: String(port) },
      onStdout: (chunk) => {
        spoke();
        logs.write('stdout', chunk);
      },
      onStderr: (chunk) => {
        spoke();
        logs.write('stderr', chunk);
      },
    });
    return this.#process;
  }

  async #supervise(process: SandboxProcess, url: string): Promise<void> {
    const { logs, restart, healthTimeoutMs } = this.#options;
    const code = await process.exited;
    if (this.#stopped) return;
    if (this.#restarts >= restart.maxRestarts) {
      this.state = 'failed';
      logs.push(`[deployer] app exited (code ${code}) after ${this.#restarts} restarts; giving up`);
      return;
    }
    this.#restarts += 1;
    const delay = restart.backoffMs * 2 ** (this.#restarts - 1);
    this.state = 'restarting';
    logs.push(
      `[deployer] app exited (code ${code}); restart ${this.#restarts}/${restart.maxRestarts} in ${delay} ms`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
    // stop() may have run during any await; re-read the state rather than trust the narrowing.
    if (this.#stopped) return;
    const next = await this.#launch();
    // An unhealthy restart is killed; its exit then counts as the next crash.
    const outcome = await waitForHealthy(url, {
      timeoutMs: healthTimeoutMs,
      exited: next.exited,
      spoke: this.#spoke,
    });
    if (this.#stopped) return;
    if (outcome === 'healthy') this.state = 'live';
    else if (outcome === 'timeout') await next.kill();
    void this.#supervise(next, url);
  }
}
