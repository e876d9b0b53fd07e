import { ForgeError } from '@smartapiforge/errors';
import { createDeployerChain, createLocalDeployer, type Deployer } from '@smartapiforge/deployers';
import { createBubblewrapSandbox, createSandboxChain, type SandboxProvider } from '@smartapiforge/sandbox';

export const sandboxNames = ['local', 'e2b', 'northflank'] as const;
export const deployerNames = ['local', 'vercel', 'fly'] as const;
export type SandboxName = (typeof sandboxNames)[number];
export type DeployerName = (typeof deployerNames)[number];

/** An adapter given as an instance, by name, or as names to try in order (a fallback chain). */
export type SandboxChoice = SandboxProvider | SandboxName | readonly SandboxName[];
export type DeployerChoice = Deployer | DeployerName | readonly DeployerName[];

/** An adapter name that is not one we ship. */
export class UnknownAdapterError extends ForgeError {
  constructor(kind: 'sandbox' | 'deployer' | 'llm', name: string, known: readonly string[]) {
    super('unknown_adapter', `Unknown ${kind} "${name}". Choose one of: ${known.join(', ')}.`, {
      details: { kind, name },
    });
  }
}

/**
 * Resolves a sandbox choice. Cloud adapters are imported only when named, so an offline install pays
 * nothing for them; their settings come from the environment and are checked when a sandbox is
 * created: E2B_API_KEY (the E2B SDK also reads E2B_API_URL, E2B_SANDBOX_URL and E2B_DOMAIN),
 * NORTHFLANK_API_TOKEN, NORTHFLANK_PROJECT_ID and NORTHFLANK_API_URL.
 */
export async function resolveSandbox(choice: SandboxChoice = 'local'): Promise<SandboxProvider> {
  if (typeof choice === 'object' && !Array.isArray(choice)) return choice as SandboxProvider;
  const names = [choice].flat() as string[];
  const providers = await Promise.all(names.map(sandboxByName));
  return providers.length === 1 ? providers[0]! : createSandboxChain(providers);
}

/**
 * Resolves a deployer choice; the local deployer runs apps in `sandbox`. Cloud deployers take their
 * settings from the environment: VERCEL_TOKEN, VERCEL_TEAM_ID, VERCEL_API_URL; FLY_API_TOKEN, FLY_ORG,
 * FLY_API_HOSTNAME (the Machines API), FLY_PLATFORM_URL, FLY_APP_URL (`{app}` is replaced by the app's
 * name); DATABASE_URL for the APIs they deploy, or SMARTAPIFORGE_EPHEMERAL_DEPLOY=1 for a demo
 * without a database.
 */
export async function resolveDeployer(
  choice: DeployerChoice = 'local',
  sandbox: () => Promise<SandboxProvider>,
): Promise<Deployer> {
  if (typeof choice === 'object' && !Array.isArray(choice)) return choice as Deployer;
  const names = [choice].flat() as string[];
  const deployers = await Promise.all(names.map((name) => deployerByName(name, sandbox)));
  return deployers.length === 1 ? deployers[0]! : createDeployerChain(deployers);
}

async function sandboxByName(name: string): Promise<SandboxProvider> {
  switch (name) {
    case 'local':
      return createBubblewrapSandbox();
    case 'e2b':
      return (await import('@smartapiforge/sandbox/e2b')).createE2BSandbox();
    case 'northflank': {
      const projectId = process.env.NORTHFLANK_PROJECT_ID;
      if (!projectId) {
        throw new ForgeError(
          'adapter_config',
          'The northflank sandbox needs NORTHFLANK_PROJECT_ID set to the project to run jobs in.',
        );
      }
      const baseUrl = process.env.NORTHFLANK_API_URL;
      return (await import('@smartapiforge/sandbox/northflank')).createNorthflankSandbox({
        projectId,
        ...(baseUrl ? { baseUrl } : {}),
      });
    }
    default:
      throw new UnknownAdapterError('sandbox', name, sandboxNames);
  }
}

async function deployerByName(name: string, sandbox: () => Promise<SandboxProvider>): Promise<Deployer> {
  switch (name) {
    case 'local':
      return createLocalDeployer({ sandbox: await sandbox() });
    case 'vercel':
      return (await import('@smartapiforge/deployers/vercel')).createVercelDeployer({
        ...defined({ baseUrl: env('VERCEL_API_URL'), teamId: env('VERCEL_TEAM_ID') }),
        ...databaseSettings(),
      });
    case 'fly': {
      const machinesApi = env('FLY_API_HOSTNAME');
      const appUrl = env('FLY_APP_URL');
      return (await import('@smartapiforge/deployers/fly')).createFlyDeployer({
        ...defined({
          baseUrl: machinesApi && `${machinesApi.replace(/\/$/, '')}/v1`,
          platformUrl: env('FLY_PLATFORM_URL'),
          org: env('FLY_ORG'),
          appUrl: appUrl === undefined ? undefined : (app: string) => appUrl.replaceAll('{app}', app),
        }),
        ...databaseSettings(),
      });
    }
    default:
      throw new UnknownAdapterError('deployer', name, deployerNames);
  }
}

const env = (name: string): string | undefined => process.env[name] || undefined;

/** Drops unset settings, so that the adapters' own defaults apply. */
function defined<T extends Record<string, unknown>>(settings: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** DATABASE_URL is read by the cloud deployers themselves; an ephemeral demo must be asked for. */
function databaseSettings(): { ephemeral?: boolean } {
  return process.env.SMARTAPIFORGE_EPHEMERAL_DEPLOY === '1' ? { ephemeral: true } : {};
}
