// Embeds SmartAPIForge: generates an API from a prompt, calls it, and keeps it running until Ctrl-C.
// Each generation is kept in a file store (one JSON record per run, saved as stages finish).
// `--once` stops after the round-trip (used by the test suite).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFileStore, createForge } from '@smartapiforge/sdk';

const once = process.argv.includes('--once');
const workDir = await mkdtemp(path.join(tmpdir(), 'forge-example-'));
const forge = createForge({ store: createFileStore({ dir: path.join(workDir, '.forge', 'generations') }) });
const outDir = path.join(workDir, 'bookshop');

const result = await forge.generate('A bookshop API: books have a title, an isbn (unique) and a price.', {
  outDir,
  onProgress: (event) => {
    if (event.type === 'stage-end') console.error(`${event.stage} done in ${event.durationMs} ms`);
  },
});
const { url, docsUrl } = result.deployment;
console.log(`API live at ${url} (docs: ${docsUrl}); project in ${result.outDir}`);

const created = await fetch(`${url}/books`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ title: 'Dune', isbn: '9780441013593', price: 9.99 }),
}).then((response) => response.json());
const fetched = await fetch(`${url}/books/${created.id}`).then((response) => response.json());
console.log('round-trip:', fetched);
if (fetched.title !== 'Dune') throw new Error('the API did not return the book it stored');

const record = await forge.store.getGeneration(result.id);
console.log(
  `stored generation ${record.id}: ${record.status}, ${Object.keys(record.files).length} files, ` +
    `tests ${record.test.passed} passed, live at ${record.deployment.url}`,
);
if (record.status !== 'succeeded') throw new Error('the store did not record the finished generation');

if (once) await forge.close();
else {
  console.log('Serving until Ctrl-C.');
  process.once('SIGINT', () => void forge.close().then(() => process.exit(0)));
}
