import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../design/api-design.js';
import { createEmbeddedPlanner } from './embedded-planner.js';

// The shared eval set lives beside the repository: <repo>/../shared/eval/prompts.jsonl.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const promptsFile = path.resolve(repoRoot, '..', 'shared', 'eval', 'prompts.jsonl');

interface EvalCase {
  id: string;
  prompt: string;
  expect: { resources: Record<string, string[]>; relations: [string, string][] };
}

const normalise = (name: string) => name.replaceAll('_', '').toLowerCase();
/** Every resource has these whether or not the design lists them. */
const implicitFields = ['id', 'createdat', 'updatedat'];

function score(design: ApiDesign, expected: EvalCase['expect']) {
  const resources = new Map(design.resources.map((r) => [normalise(r.name), r]));
  const links = new Set(
    design.relations
      .filter((r) => r.kind === 'belongs-to')
      .map((r) => `${normalise(r.from)}>${normalise(r.to)}`),
  );
  let resourceHits = 0;
  let fieldTotal = 0;
  let fieldHits = 0;
  for (const [name, fields] of Object.entries(expected.resources)) {
    const resource = resources.get(name);
    if (resource !== undefined) resourceHits++;
    const have = new Set([...implicitFields, ...(resource?.fields.map((f) => normalise(f.name)) ?? [])]);
    fieldTotal += fields.length;
    fieldHits += fields.filter((f) => have.has(f)).length;
  }
  const relationHits = expected.relations.filter(([child, parent]) => links.has(`${child}>${parent}`)).length;
  const expectedNames = new Set(Object.keys(expected.resources));
  const extraResources = [...resources.keys()].filter((n) => !expectedNames.has(n)).length;
  return {
    resources: [resourceHits, Object.keys(expected.resources).length],
    fields: [fieldHits, fieldTotal],
    relations: [relationHits, expected.relations.length],
    predicted: design.resources.length,
    extraResources,
  };
}

const ratio = ([hit, total]: number[]) => (total === 0 ? 1 : hit! / total!);

describe.skipIf(!existsSync(promptsFile))('embedded planner eval (../shared/eval/prompts.jsonl)', () => {
  it('meets recall floors on the shared eval set', async () => {
    const cases = readFileSync(promptsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as EvalCase);
    const planner = createEmbeddedPlanner();
    const totals = { resources: [0, 0], fields: [0, 0], relations: [0, 0], predicted: 0, extra: 0 };
    const times: number[] = [];
    const misses: string[] = [];
    for (const testCase of cases) {
      const result = await planner.plan(testCase.prompt);
      times.push(result.durationMs);
      const s = score(result.design, testCase.expect);
      for (const key of ['resources', 'fields', 'relations'] as const) {
        totals[key][0]! += s[key][0]!;
        totals[key][1]! += s[key][1]!;
      }
      totals.predicted += s.predicted;
      totals.extra += s.extraResources;
      if (
        s.fields[0] !== s.fields[1] ||
        s.relations[0] !== s.relations[1] ||
        s.resources[0] !== s.resources[1]
      ) {
        misses.push(testCase.id);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!;
    const figures = {
      resourceRecall: ratio(totals.resources),
      fieldRecall: ratio(totals.fields),
      relationRecall: ratio(totals.relations),
      resourcePrecision: (totals.predicted - totals.extra) / totals.predicted,
    };
    console.log(
      [
        `embedded planner eval: ${cases.length} prompts from ${promptsFile}`,
        `  resource recall    ${figures.resourceRecall.toFixed(3)}  (${totals.resources.join('/')})`,
        `  field recall       ${figures.fieldRecall.toFixed(3)}  (${totals.fields.join('/')})`,
        `  relation recall    ${figures.relationRecall.toFixed(3)}  (${totals.relations.join('/')})`,
        `  resource precision ${figures.resourcePrecision.toFixed(3)}`,
        `  time per prompt    p50 ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
        `  imperfect prompts  ${misses.join(', ') || 'none'}`,
      ].join('\n'),
    );
    // Floors are issue 4's goals for the embedded planner.
    expect(figures.resourceRecall).toBeGreaterThanOrEqual(0.95);
    expect(figures.fieldRecall).toBeGreaterThanOrEqual(0.9);
    expect(figures.relationRecall).toBeGreaterThanOrEqual(0.85);
    expect(figures.resourcePrecision).toBeGreaterThanOrEqual(0.9);
  });
});

it.runIf(!existsSync(promptsFile))('skips the planner eval: no eval set', () => {
  console.log(
    `Skipping the embedded planner eval: ${promptsFile} not found (it lives in ../shared beside the repo).`,
  );
});
