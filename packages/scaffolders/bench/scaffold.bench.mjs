// Scaffold time per stack (goal ≤ 100 ms), measured on the built package: `pnpm build && pnpm bench`.
// The first call of each stack compiles its templates once per process; it is reported apart, since
// the SDK pays it once while every later scaffold is pure string work.
import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { coldAndWarm } from '../../../scripts/bench-stats.mjs';
import { scaffoldProject, stacks } from '../dist/index.js';

const goalMs = 100;
const runs = Number(process.env.BENCH_RUNS ?? 200);

// Three resources, a relation, auth and ownership: the generators' every branch.
const design = parseDesign({
  name: 'bench-api',
  title: 'Bench API',
  resources: [
    {
      name: 'author',
      plural: 'authors',
      ownership: 'owner',
      fields: [
        { name: 'name', type: 'string', required: true },
        { name: 'email', type: 'email', unique: true },
      ],
    },
    {
      name: 'book',
      plural: 'books',
      ownership: 'owner',
      fields: [
        { name: 'title', type: 'string', required: true },
        { name: 'pages', type: 'integer', minimum: 1 },
        { name: 'genre', type: 'enum', enumValues: ['fiction', 'poetry'] },
      ],
    },
    {
      name: 'tag',
      plural: 'tags',
      fields: [{ name: 'label', type: 'string', required: true, unique: true }],
    },
  ],
  relations: [{ kind: 'belongs-to', from: 'book', to: 'author' }],
  auth: { type: 'bearer-jwt' },
});
const openapi = compileOpenApi(design);

let failed = false;
for (const stack of stacks) {
  const { firstMs, p50, p95 } = await coldAndWarm(runs, () => scaffoldProject(stack, design, openapi));
  failed ||= p95 > goalMs;
  console.log(
    `scaffold ${stack.padEnd(7)} first ${firstMs.toFixed(1)} ms (cold process), then p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms` +
      ` over ${runs} runs (goal ≤ ${goalMs} ms: ${p95 <= goalMs ? 'met' : 'MISSED'})`,
  );
}
process.exitCode = failed ? 1 : 0;
