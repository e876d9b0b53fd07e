import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Deployment } from '@smartapiforge/deployers';
import type { Forge } from '../forge-types.js';
import type { CliIo } from './generate-command.js';
import { deploymentRegistry } from './deployment-registry.js';
import { serveVersionSwitches } from './version-control.js';

/**
 * Keeps a deployment made by this process serving until `stopped` settles: listed for `forge
 * deployments`, and switchable to a new version by `forge change` from another terminal.
 */
export async function serveUntilStopped(
  forge: Forge,
  deployment: Deployment,
  project: { readonly name: string; readonly outDir: string },
  stopped: Promise<void>,
  io: CliIo,
): Promise<void> {
  const registry = deploymentRegistry();
  const control = registry.controlFor(deployment.id);
  await mkdir(path.dirname(control), { recursive: true });
  const switches = await serveVersionSwitches(control, forge, deployment.id);
  await registry.add({
    id: deployment.id,
    name: project.name,
    url: deployment.url,
    docsUrl: deployment.docsUrl,
    outDir: project.outDir,
    pid: process.pid,
    startedAt: deployment.startedAt,
    control,
  });
  io.stderr(`\nServing until Ctrl-C.\n`);
  await stopped;
  io.stderr(`forge: stopping ${deployment.url}\n`);
  await Promise.all([forge.close(), registry.remove(deployment.id), switches.close()]);
}
