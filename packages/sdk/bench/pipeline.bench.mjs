// Times each pipeline stage over several runs of the default (offline) pipeline and prints p50/p95.
// Usage: pnpm --filter @smartapiforge/sdk bench [runs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createForge, stages } from '../dist/index.js';

const runs = Number(process.argv[2] ?? 5);
const prompt = 'A pet store API: pets have a name, a species and an age';
const forge = createForge();
const samples = Object.fromEntries([...stages, 'total'].map((stage) => [stage, []]));

for (let run = 0; run < runs; run++) {
  const root = await mkdtemp(path.join(tmpdir(), 'forge-bench-'));
  const started = performance.now();
  const result = await forge.generate(prompt, {
    outDir: path.join(root, 'pets'),
    onProgress: (event) => {
      if (event.type === 'stage-end') samples[event.stage].push(event.durationMs);
    },
  });
  samples.total.push(Math.round(performance.now() - started));
  await forge.stop(result.deployment.id);
  await rm(root, { recursive: true, force: true });
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
console.log(`pipeline: ${runs} runs of "${prompt}"`);
console.log('stage          p50 ms   p95 ms');
for (const [stage, values] of Object.entries(samples)) {
  if (values.length === 0) continue;
  console.log(
    `${stage.padEnd(14)} ${String(percentile(values, 0.5)).padStart(6)}   ${String(percentile(values, 0.95)).padStart(6)}`,
  );
}
await forge.close();
