// Deploy → healthy with the local deployer: the deployer's own overhead (sandbox start, file copy,
// process start, health checks) on a minimal Node API, without a build step. The generated Express
// project's full deploy stage (its esbuild build and embedded database start included) is measured by the
// product benchmark: pnpm --filter @smartapiforge/sdk bench.
// Usage: pnpm --filter @smartapiforge/deployers bench [runs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { createLocalDeployer } from '../dist/index.js';
import { writeFixtureProject } from '../dist/testing/index.js';

const runs = Number(process.argv[2] ?? 20);
const deployer = createLocalDeployer({ sandbox: createBubblewrapSandbox() });
const root = await mkdtemp(path.join(tmpdir(), 'forge-deploy-bench-'));
const project = await writeFixtureProject(path.join(root, 'api'), { build: false });
const samples = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const deployment = await deployer.deploy(project);
  samples.push(performance.now() - started);
  await deployer.destroy(deployment.id);
}
await rm(root, { recursive: true, force: true });

const sorted = samples.sort((a, b) => a - b);
// Nearest rank: with 20 runs p95 is the 19th.
const at = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)].toFixed(0);
console.log(`local deploy → healthy (minimal Node API, ${runs} runs): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
