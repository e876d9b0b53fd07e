// Spec-first: imports an existing OpenAPI 3.0 document (upgraded to 3.1 on the way), generates the
// project, runs its tests in the sandbox and serves it. `--once` stops after a round-trip (our test).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createForge } from '@smartapiforge/sdk';

const specFile = fileURLToPath(new URL('./inventory.openapi.yaml', import.meta.url));
const forge = createForge();
const result = await forge.generate(
  { spec: await readFile(specFile, 'utf8') },
  { outDir: path.join(await mkdtemp(path.join(tmpdir(), 'forge-spec-first-')), 'inventory') },
);
for (const warning of result.warnings) console.log(`note: ${warning}`);
const { url, docsUrl } = result.deployment;
console.log(`${result.design.title} ${result.design.version} live at ${url} (docs: ${docsUrl})`);

const created = await fetch(`${url}/items`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ sku: 'BOLT-M6', name: 'M6 bolt', quantity: 500 }),
});
const item = await created.json();
const fetched = await (await fetch(`${url}/items/${item.id}`)).json();
console.log('round-trip:', fetched);
if (created.status !== 201 || fetched.sku !== 'BOLT-M6')
  throw new Error('the imported API did not round-trip');

if (process.argv.includes('--once')) await forge.close();
else process.once('SIGINT', () => void forge.close().then(() => process.exit(0)));
