import { createForge } from '../forge.js';
import type { CliIo } from './generate-command.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { promptAdvice } from './usage.js';

/** `forge spec "<prompt>" [--format yaml|json] [--json]`: prints the contract and writes nothing. */
export async function runSpecCommand(
  prompt: string,
  format: string,
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (format !== 'yaml' && format !== 'json') {
    io.stderr(`forge: --format must be yaml or json, not "${format}".\n`);
    return exitCodes.badInput;
  }
  try {
    const spec = await createForge().spec(prompt);
    if (json)
      io.stdout(
        `${JSON.stringify({ design: spec.design, assumptions: spec.assumptions, spec: spec.openapi })}\n`,
      );
    else {
      io.stdout(format === 'yaml' ? spec.yaml : spec.json);
      // stdout carries the contract alone; what the planner assumed goes beside it on stderr.
      for (const assumption of spec.assumptions)
        io.stderr(`  assumed ${assumption.path}: ${assumption.text}\n`);
    }
    return exitCodes.ok;
  } catch (error) {
    const code = exitCodeFor(error);
    io.stderr(`forge: ${error instanceof Error ? error.message : String(error)}\n`);
    if (code === exitCodes.badInput) io.stderr(`${promptAdvice}\n`);
    return code;
  }
}
