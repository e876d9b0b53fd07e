// Runs once after `npm ci` fills the dependency cache (cwd: the cache entry). Saves a dump of a freshly
// initialised PGlite data folder, so generated services start in-memory databases from it
// (PGLITE_SNAPSHOT) instead of running initdb in WebAssembly each time, which takes seconds.
import { mkdir, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create();
const dump = await db.dumpDataDir('none');
await db.close();
await mkdir('node_modules/.smartapiforge', { recursive: true });
await writeFile('node_modules/.smartapiforge/pglite-base.tar', Buffer.from(await dump.arrayBuffer()));
