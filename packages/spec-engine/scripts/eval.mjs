// `pnpm eval [--file PATH] [--json]`: runs the embedded planner over an eval file (JSON Lines, as in
// ../shared/eval/requests.jsonl) and prints recall, precision, refusals, a table per `style`, and time:
// the first plan of this (cold) process, module loading included, then p50/p95 over a warmed-up run.
// Uses the built package, so run `pnpm build` first. A missing or unreadable file is an error (exit 2).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { file: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = path.resolve(values.file ?? path.join(repoRoot, '..', 'shared', 'eval', 'requests.jsonl'));

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read the eval file ${file}: ${error.message}. Pass one with --file PATH.`);
  process.exit(2);
}
const { parseEvalCases, runDesignEval, formatEvalReport } = await import('../dist/eval/index.js');
const cases = parseEvalCases(text);
if (cases.length === 0) {
  console.error(`The eval file ${file} has no cases.`);
  process.exit(2);
}

// Cold: load the planner (wink-nlp's model, the knowledge base) and plan once, as a CLI run does.
const coldStart = performance.now();
const coldCpu = process.cpuUsage();
const { createEmbeddedPlanner } = await import('../dist/index.js');
const planner = createEmbeddedPlanner();
await planner.plan(cases[0].prompt).catch(() => undefined);
const coldFirstPlanMs = performance.now() - coldStart;
const coldUsage = process.cpuUsage(coldCpu);
const coldFirstPlanCpuMs = (coldUsage.user + coldUsage.system) / 1000;

const report = await runDesignEval(planner, cases);
if (values.json)
  console.log(JSON.stringify({ file, coldFirstPlanMs, coldFirstPlanCpuMs, ...report }, null, 2));
else {
  console.log(formatEvalReport(report, file));
  console.log(
    `  first plan, cold process: ${coldFirstPlanMs.toFixed(1)} ms wall, ${coldFirstPlanCpuMs.toFixed(1)} ms processor (module load + first plan)`,
  );
}
