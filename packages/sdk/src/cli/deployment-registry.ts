import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '@smartapiforge/sandbox';

/** A deployment served by a running `forge generate` process, as `forge deployments ls` shows it. */
export interface RegisteredDeployment {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly docsUrl: string;
  readonly outDir: string;
  readonly pid: number;
  readonly startedAt: string;
  /** The serving process's socket for switching the deployment to a new version (`forge change`). */
  readonly control?: string;
}

/**
 * Local deployments live inside the CLI process that made them, so other terminals find them through
 * one small file per deployment (no shared file, hence no write races) and stop them by signalling
 * that process.
 */
export function deploymentRegistry(dir = defaultDir()) {
  const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');
  const fileFor = (id: string) => path.join(dir, `${safe(id)}.json`);
  return {
    /** Where the process serving deployment `id` listens for version switches. */
    controlFor: (id: string) => path.join(dir, `${safe(id)}.sock`),
    async add(entry: RegisteredDeployment): Promise<void> {
      await mkdir(dir, { recursive: true });
      await writeFile(fileFor(entry.id), JSON.stringify(entry));
    },
    async remove(id: string): Promise<void> {
      await rm(fileFor(id), { force: true });
    },
    /** Live entries only; entries left behind by processes that died are cleaned up. */
    async list(): Promise<RegisteredDeployment[]> {
      const names = await readdir(dir).catch(() => [] as string[]);
      const entries: RegisteredDeployment[] = [];
      for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
        const file = path.join(dir, name);
        const entry = JSON.parse(
          await readFile(file, 'utf8').catch(() => 'null'),
        ) as RegisteredDeployment | null;
        if (entry && isProcessAlive(entry.pid)) entries.push(entry);
        else await rm(file, { force: true });
      }
      return entries.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    },
  };
}

function defaultDir(): string {
  const state =
    process.env.SMARTAPIFORGE_STATE_DIR ??
    path.join(process.env.XDG_STATE_HOME || path.join(homedir(), '.local', 'state'), 'smartapiforge');
  return path.join(state, 'deployments');
}
