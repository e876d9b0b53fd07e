// Spec-first: serves an existing OpenAPI 3.0 document exactly as written (upgraded to 3.1 on the way):
// its paths, parameters, bodies and status codes. The project's tests and the contract stage call every
// declared operation. `--once` stops after a round-trip (our test).
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
console.log(
  `contract: ${result.contract.passed} operation checks passed, ${result.contract.skipped} not implemented`,
);
if (created.status !== 201 || fetched.sku !== 'BOLT-M6' || result.contract.failed !== 0)
  throw new Error('the imported API did not round-trip');
// Nothing the document does not declare is served: it has no DELETE on items.
if ((await fetch(`${url}/items/${item.id}`, { method: 'DELETE' })).status !== 405)
  throw new Error('an undeclared method was served');

if (process.argv.includes('--once')) await forge.close();
else process.once('SIGINT', () => void forge.close().then(() => process.exit(0)));
