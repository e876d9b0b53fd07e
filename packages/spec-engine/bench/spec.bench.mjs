// `pnpm bench`: compile + validate + lint of a 5- and a 50-resource design; prints p50/p95 ms and the
// process's peak RSS. Issue 3's goal: 5 resources ≤ 50 ms p95, 50 resources ≤ 500 ms p95. Uses dist.
// The first call in this (cold) process is reported apart: it pays for module loading and JIT.
import { summarize } from '../../../scripts/bench-stats.mjs';
import { compileOpenApi, lintOpenApi, parseDesign, validateOpenApi } from '../dist/index.js';

/** n resources with every field type, each but the first belonging to the one before it. */
function design(n) {
  const resources = Array.from({ length: n }, (_, i) => ({
    name: `item_${i}`,
    plural: `items_${i}`,
    fields: [
      { name: 'title', type: 'string', required: true, maxLength: 120 },
      { name: 'body', type: 'text' },
      { name: 'count', type: 'integer', minimum: 0 },
      { name: 'price', type: 'number' },
      { name: 'active', type: 'boolean', default: true },
      { name: 'starts_on', type: 'date' },
      { name: 'email', type: 'email', unique: true },
      { name: 'state', type: 'enum', enumValues: ['draft', 'live', 'archived'] },
      { name: 'meta', type: 'json' },
    ],
  }));
  const relations = resources
    .slice(1)
    .map((r, i) => ({ kind: 'belongs-to', from: r.name, to: resources[i].name }));
  return parseDesign({
    name: `bench-${n}`,
    title: 'Bench',
    resources,
    relations,
    auth: { type: 'bearer-jwt' },
  });
}

let firstMs;
for (const [n, runs] of [
  [5, 40],
  [50, 15],
]) {
  const input = design(n);
  const once = async () => {
    const started = performance.now();
    const doc = compileOpenApi(input);
    await validateOpenApi(doc);
    const serious = lintOpenApi(doc).filter((f) => f.severity === 'error' || f.severity === 'warn');
    if (serious.length > 0) throw new Error(`lint found ${serious.length} problems`);
    return performance.now() - started;
  };
  const first = await once();
  firstMs ??= first;
  for (let i = 0; i < 2; i++) await once(); // warm-up: module-level caches and JIT
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  const { p50, p95 } = summarize(times);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${String(n).padStart(2)} resources: compile+validate+lint first ${first.toFixed(1)} ms` +
      `${first === firstMs ? ' (first call in a cold process)' : ''}, then p50 ${p50.toFixed(1)} ms, ` +
      `p95 ${p95.toFixed(1)} ms (${runs} runs), peak RSS ${rssMb.toFixed(0)} MB`,
  );
}
