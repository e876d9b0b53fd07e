import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldExpress, scaffoldFastapi } from '../../src/index.js';
import { fastapiTools, serveProject, type ServedProject } from '../support/serve-project.js';
import {
  openPostgresSchema,
  postgresReachable,
  postgresUrl,
  type TestDatabase,
} from '../support/sql-databases.js';

// Generated APIs answer reads that arrive together with one statement (Express src/db/read-batch.ts,
// FastAPI app/read_batch.py on PostgreSQL).
// Under constant concurrent reading, so that some statement is nearly always on its way, each writer
// reads its own acknowledged writes straight back, by id and in lists: a read that joined a statement
// sent before it arrived would return the value from before the write.
const design = parseDesign({
  name: 'batching-api',
  title: 'Batching API',
  resources: [
    {
      name: 'counter',
      plural: 'counters',
      fields: [
        { name: 'name', type: 'string', required: true },
        { name: 'value', type: 'integer', minimum: 0 },
      ],
    },
  ],
  auth: { type: 'none' },
});
const onPostgres = await postgresReachable();
const stacks = [
  { stack: 'express', scaffold: scaffoldExpress, runs: true },
  { stack: 'fastapi', scaffold: scaffoldFastapi, runs: fastapiTools },
] as const;
const writers = 4;
const readers = 16;
const writesPerWriter = 40;

describe.each(stacks)('generated $stack API, read cache off', ({ stack, scaffold, runs }) => {
  const schema = `read_batching_${stack}_${process.pid}`;
  let served: ServedProject;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    if (!runs) return;
    if (onPostgres) database = await openPostgresSchema(schema);
    const project = scaffold(design, compileOpenApi(design));
    served = await serveProject(
      project,
      onPostgres
        ? { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema, READ_CACHE: 'off' }
        : { READ_CACHE: 'off' },
    );
  }, 120_000);

  afterAll(async () => {
    await served?.stop();
    await database?.close();
  });

  it.skipIf(!runs)(
    'lets every client read its own acknowledged writes while many reads share statements',
    async () => {
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${served.baseUrl}${path}`, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
        return text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
      };
      const ids: string[] = [];
      for (let index = 0; index < writers; index += 1) {
        ids.push(String((await call('POST', '/counters', { name: `counter ${index}`, value: 0 }))!.id));
      }

      let writing = true;
      let reads = 0;
      const reader = async (index: number) => {
        while (writing) {
          await call('GET', index % 2 === 0 ? `/counters/${ids[index % writers]}` : '/counters?limit=100');
          reads += 1;
        }
      };
      const stale: string[] = [];
      const writer = async (index: number) => {
        const id = ids[index]!;
        for (let value = 1; value <= writesPerWriter; value += 1) {
          await call('PATCH', `/counters/${id}`, { value });
          const byId = await call('GET', `/counters/${id}`);
          if (byId!.value !== value) stale.push(`by id: wrote ${value}, read ${String(byId!.value)}`);
          const page = (await call('GET', '/counters?limit=100'))!.data as { id: string; value: number }[];
          const listed = page.find((item) => item.id === id)?.value;
          if (listed !== value) stale.push(`list: wrote ${value}, read ${String(listed)}`);
        }
      };
      const readersDone = Promise.all(Array.from({ length: readers }, (_, index) => reader(index)));
      try {
        await Promise.all(Array.from({ length: writers }, (_, index) => writer(index)));
      } finally {
        writing = false;
        await readersDone;
      }
      expect(stale).toEqual([]);
      // The readers really kept statements in flight meanwhile.
      expect(reads).toBeGreaterThan(writers * writesPerWriter);
    },
    120_000,
  );
});
