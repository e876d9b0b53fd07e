// `pnpm eval [--file PATH] [--json]`: runs the embedded planner over an eval file (JSON Lines, as in
// ../shared/eval/prompts.jsonl) and prints recall, precision and time per prompt. Uses the built
// package, so run `pnpm build` first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEmbeddedPlanner, formatEvalReport, parseEvalCases, runDesignEval } from '../dist/index.js';

const { values } = parseArgs({
  options: { file: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = path.resolve(values.file ?? path.join(repoRoot, '..', 'shared', 'eval', 'prompts.jsonl'));

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read the eval file ${file}: ${error.message}. Pass one with --file PATH.`);
  process.exit(2);
}
const report = await runDesignEval(createEmbeddedPlanner(), parseEvalCases(text));
console.log(values.json ? JSON.stringify({ file, ...report }, null, 2) : formatEvalReport(report, file));
