import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates } from '../template-set.js';

// The generated projects' ReadBatch (src/db/read-batch.ts), loaded from its template: it depends on
// nothing of the design, so it renders the same for every project.
interface ReadBatch<K, V> {
  read(key: K): Promise<V | undefined>;
}
type ReadBatchClass = new <K, V>(
  load: (keys: K[]) => Promise<Map<K, V>>,
  maxInFlight?: number,
) => ReadBatch<K, V>;

let dir: string;
let ReadBatch: ReadBatchClass;

beforeAll(async () => {
  const template = loadTemplates('./express/templates').find(
    (item) => item.output === 'src/db/read-batch.ts',
  );
  dir = await mkdtemp(path.join(tmpdir(), 'forge-read-batch-'));
  const file = path.join(dir, 'read-batch.ts');
  await writeFile(file, template!.render({}));
  ({ ReadBatch } = (await import(file)) as { ReadBatch: ReadBatchClass });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One turn of the event loop later: after every setImmediate queued before it. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * A table of one row per key whose reads take a snapshot when the statement is sent, as PostgreSQL's
 * do, and answer only when `answer()` is called, so a test decides what is in flight when.
 */
function fakeTable() {
  const rows = new Map<string, number>();
  const sent: { keys: string[]; answer: () => void }[] = [];
  const load = (keys: string[]) =>
    new Promise<Map<string, number>>((resolve) => {
      const snapshot = new Map(
        keys.flatMap((key) => (rows.has(key) ? [[key, rows.get(key)!] as const] : [])),
      );
      sent.push({ keys, answer: () => resolve(snapshot) });
    });
  return { rows, sent, load };
}

describe('ReadBatch (generated Express projects, src/db/read-batch.ts)', () => {
  it('answers every read of one turn with one load of their distinct keys', async () => {
    const table = fakeTable();
    table.rows.set('a', 1).set('b', 2);
    const batch = new ReadBatch<string, number>(table.load);
    const reads = [batch.read('a'), batch.read('b'), batch.read('a'), batch.read('missing')];
    expect(table.sent).toEqual([]);
    await nextTurn();
    expect(table.sent.map((item) => item.keys)).toEqual([['a', 'b', 'missing']]);
    table.sent[0]!.answer();
    expect(await Promise.all(reads)).toEqual([1, 2, 1, undefined]);
  });

  it('holds a batch while the last one is on its way and never lets a read join a load already sent', async () => {
    const table = fakeTable();
    table.rows.set('a', 1).set('b', 2);
    const batch = new ReadBatch<string, number>(table.load);
    const before = batch.read('a');
    await nextTurn();
    expect(table.sent).toHaveLength(1);
    // The first load is on its way (its snapshot taken) when a write is acknowledged and the writer reads back.
    table.rows.set('a', 3);
    const after = [batch.read('a'), batch.read('b')];
    await nextTurn();
    expect(table.sent).toHaveLength(1);
    const later = batch.read('b');
    table.sent[0]!.answer();
    expect(await before).toBe(1);
    await nextTurn();
    expect(table.sent.map((item) => item.keys)).toEqual([['a'], ['a', 'b']]);
    table.sent[1]!.answer();
    expect([...(await Promise.all(after)), await later]).toEqual([3, 2, 2]);
  });

  it('with room for more loads in flight, sends each batch at the end of its own turn', async () => {
    const table = fakeTable();
    table.rows.set('a', 1);
    const batch = new ReadBatch<string, number>(table.load, 2);
    const before = batch.read('a');
    await nextTurn();
    table.rows.set('a', 2);
    const after = batch.read('a');
    await nextTurn();
    expect(table.sent.map((item) => item.keys)).toEqual([['a'], ['a']]);
    // Answered in either order, each read gets what its own load saw.
    table.sent[1]!.answer();
    table.sent[0]!.answer();
    expect(await after).toBe(2);
    expect(await before).toBe(1);
  });

  it('rejects every read of a failed load, and the next turn starts afresh', async () => {
    let fail = true;
    const batch = new ReadBatch<string, number>(async (keys) => {
      if (fail) throw new Error('connection lost');
      return new Map(keys.map((key) => [key, key.length]));
    });
    const failed = [batch.read('a'), batch.read('bb')];
    await expect(Promise.all(failed)).rejects.toThrow('connection lost');
    await expect(failed[1]).rejects.toThrow('connection lost');
    fail = false;
    expect(await batch.read('bb')).toBe(2);
  });
});
