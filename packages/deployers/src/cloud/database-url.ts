import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DeployableProject, DeployOptions } from '../deployer.js';
import { DeployConfigError } from '../errors.js';

export interface DatabaseSettings {
  /** PostgreSQL connection string for deployed APIs (a Supabase one works). Default: `DATABASE_URL`. */
  readonly databaseUrl?: string;
  /** Deploy stateful APIs without a database as ephemeral demos (see `DeployOptions.ephemeral`). */
  readonly ephemeral?: boolean;
}

export interface DatabaseChoice {
  /** The environment the app gets: the caller's, with `DATABASE_URL` when there is one. */
  readonly env: Record<string, string>;
  /** True when a stateful API goes out without a database. */
  readonly ephemeral: boolean;
}

/**
 * Serverless functions and machines lose their memory and disk: a stateful API there needs a real
 * database. Takes `DATABASE_URL` from the deployer's settings, the deploy's env or the process
 * environment, and refuses a stateful API without one unless an ephemeral demo was asked for.
 */
export function chooseDatabase(
  platform: string,
  project: DeployableProject,
  settings: DatabaseSettings,
  options: DeployOptions,
): DatabaseChoice {
  const databaseUrl = settings.databaseUrl ?? options.env?.DATABASE_URL ?? process.env.DATABASE_URL;
  const env = { ...options.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const stateful = project.stateful ?? existsSync(join(project.dir, 'migrations'));
  if (!stateful || databaseUrl) return { env, ephemeral: false };
  if (settings.ephemeral || options.ephemeral) return { env, ephemeral: true };
  throw new DeployConfigError(
    `${project.name} stores data, and ${platform} instances keep none between requests: set DATABASE_URL (or the deployer's databaseUrl) to a PostgreSQL connection string, e.g. Supabase's, or ask for an ephemeral demo (ephemeral: true) whose data does not last.`,
    { details: { platform, project: project.name } },
  );
}
