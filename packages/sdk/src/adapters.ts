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
 * nothing for them; their credentials come from the environment (E2B_API_KEY, NORTHFLANK_API_TOKEN and
 * NORTHFLANK_PROJECT_ID) and are checked when a sandbox is created.
 */
export async function resolveSandbox(choice: SandboxChoice = 'local'): Promise<SandboxProvider> {
  if (typeof choice === 'object' && !Array.isArray(choice)) return choice as SandboxProvider;
  const names = [choice].flat() as string[];
  const providers = await Promise.all(names.map(sandboxByName));
  return providers.length === 1 ? providers[0]! : createSandboxChain(providers);
}

/** Resolves a deployer choice; the local deployer runs apps in `sandbox`. Cloud tokens come from the environment. */
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
      return (await import('@smartapiforge/sandbox/northflank')).createNorthflankSandbox({ projectId });
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
      return (await import('@smartapiforge/deployers/vercel')).createVercelDeployer();
    case 'fly':
      return (await import('@smartapiforge/deployers/fly')).createFlyDeployer();
    default:
      throw new UnknownAdapterError('deployer', name, deployerNames);
  }
}
