// The same-URL switch of `forge change` on a live Express API (PGlite in the deployment's data
// folder), measured from the client side: clients call the URL back to back through the change, and
// we report the change's stage timings, the longest a request waited (requests are held at the proxy
// while the old version stops and the new one migrates and turns healthy), and failed requests.
// Usage: pnpm --filter @smartapiforge/sdk exec node bench/change-switch.bench.mjs [--rounds N] [--stack express|fastapi]
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createForge } from '../dist/index.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, stack: { type: 'string', default: 'express' } },
});
const requests = [
  'add an owner name and a vaccinated flag to pets',
  'add a microchip number to pets',
  'add a nickname to pets',
];
const forge = createForge();
const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'change-bench-')), 'pets');
const generated = await forge.generate('A pet store API: pets have a name, a species and an age', {
  outDir,
  stack: values.stack,
  test: false,
});
const url = generated.deployment.url;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

for (let round = 0; round < Number(values.rounds); round++) {
  let running = true;
  const latencies = [];
  let failed = 0;
  const client = async () => {
    while (running) {
      const started = performance.now();
      const answer = await fetch(`${url}/pets?limit=5`).catch(() => undefined);
      if (!answer || answer.status !== 200) failed += 1;
      await answer?.body?.cancel();
      latencies.push(performance.now() - started);
    }
  };
  const clients = Promise.all([client(), client(), client()]);
  const changed = await forge.change(outDir, requests[round % requests.length], {
    deploymentId: generated.deployment.id,
    test: false,
  });
  running = false;
  await clients;
  latencies.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      round: round + 1,
      version: changed.version,
      deployMs: changed.timings.deploy,
      totalMs: Object.values(changed.timings).reduce((sum, ms) => sum + ms, 0),
      requests: latencies.length,
      failed,
      p50Ms: Math.round(percentile(latencies, 50)),
      p99Ms: Math.round(percentile(latencies, 99)),
      maxMs: Math.round(latencies.at(-1)),
    }),
  );
}
await forge.close();
