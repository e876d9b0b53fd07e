import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEvalReport, parseEvalCases, runDesignEval } from '../eval/design-eval.js';
import { createEmbeddedPlanner } from './embedded-planner.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The shared eval sets live beside the repository: <repo>/../shared/eval/.
const repoRoot = path.resolve(here, '../../../..');
const shared = (name: string) => path.resolve(repoRoot, '..', 'shared', 'eval', name);

/**
 * Floors per set. The first set keeps its goal of 0.95 on every measure. The multilingual set is ours
 * (French, Spanish and German, gold written by hand). For requests.jsonl the floors are regression
 * guards at what the planner reaches today, below the goals it is measured against (0.95 resources,
 * 0.85 fields and relations, 0.90 precision); `pnpm eval` prints the full report.
 */
const evalSets = [
  { label: 'first set (prompts.jsonl)', file: shared('prompts.jsonl'), floors: [0.95, 0.95, 0.95, 0.95] },
  {
    label: 'French, Spanish and German (src/eval/multilingual.jsonl)',
    file: path.resolve(here, '../eval/multilingual.jsonl'),
    // Precision 0.94: the orders ↔ products link the planner assumes for a shop is stored in a join
    // resource (order_product), which the hand-written gold does not list.
    floors: [0.95, 0.85, 0.9, 0.93],
  },
  {
    label: 'requests people write (requests.jsonl)',
    file: shared('requests.jsonl'),
    floors: [0.9, 0.76, 0.78, 0.9],
  },
];

describe.each(evalSets)('embedded planner eval: $label', ({ file, floors }) => {
  it(
    'meets its recall and precision floors, refusing only what describes nothing storable',
    { timeout: 120_000 },
    async () => {
      // A missing eval file is a failure, never a skip.
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const cases = parseEvalCases(readFileSync(file, 'utf8'));
      const report = await runDesignEval(createEmbeddedPlanner(), cases);
      console.log(formatEvalReport(report, file));
      const [resources, fields, relations, precision] = floors as [number, number, number, number];
      expect(report.resourceRecall).toBeGreaterThanOrEqual(resources);
      expect(report.fieldRecall).toBeGreaterThanOrEqual(fields);
      expect(report.relationRecall).toBeGreaterThanOrEqual(relations);
      expect(report.resourcePrecision).toBeGreaterThanOrEqual(precision);
      expect(report.refusals.wrong).toBe(0);
      expect(report.missedRefusals).toBe(0);
    },
  );
});
