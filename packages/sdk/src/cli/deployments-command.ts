import type { CliIo } from './generate-command.js';
import { deploymentRegistry } from './deployment-registry.js';
import { exitCodes } from './exit-codes.js';

/** `forge deployments ls [--json]` and `forge deployments stop <id|name|all>`. */
export async function runDeploymentsCommand(
  args: readonly string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  const registry = deploymentRegistry();
  const [action, target] = args;
  const live = await registry.list();
  if (action === 'ls' || action === undefined) {
    if (json) io.stdout(`${JSON.stringify(live)}\n`);
    else if (live.length === 0) io.stdout('No local deployments are running.\n');
    else {
      io.stdout(`${'ID'.padEnd(14)}${'NAME'.padEnd(24)}${'URL'.padEnd(28)}STARTED\n`);
      for (const entry of live)
        io.stdout(
          `${entry.id.padEnd(14)}${entry.name.padEnd(24)}${entry.url.padEnd(28)}${entry.startedAt}\n`,
        );
    }
    return exitCodes.ok;
  }
  if (action === 'stop' && target) {
    const chosen = live.filter((entry) => target === 'all' || entry.id === target || entry.name === target);
    if (chosen.length === 0) {
      io.stderr(`forge: no running deployment matches "${target}". See \`forge deployments ls\`.\n`);
      return exitCodes.badInput;
    }
    for (const entry of chosen) {
      // The serving CLI stops its deployment and deregisters on SIGTERM.
      process.kill(entry.pid, 'SIGTERM');
      io.stdout(`Stopping ${entry.name} (${entry.url})\n`);
    }
    return exitCodes.ok;
  }
  io.stderr('forge: usage: forge deployments ls [--json] | forge deployments stop <id|name|all>\n');
  return exitCodes.badInput;
}
