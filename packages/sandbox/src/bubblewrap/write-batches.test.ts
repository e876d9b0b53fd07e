import { describe, expect, it } from 'vitest';
import { writeBatches } from './write-batches.js';

describe('writeBatches', () => {
  it('puts files in one request, each path with its size and its bytes in order', () => {
    const [batch, ...rest] = writeBatches({
      'a.txt': 'hé',
      'nested/b.bin': new Uint8Array([1, 2, 3]),
      'empty.txt': '',
    });
    expect(rest).toEqual([]);
    expect(batch!.fields).toEqual({ paths: ['a.txt', 'nested/b.bin', 'empty.txt'], sizes: [3, 3, 0] });
    expect([...batch!.body]).toEqual([...Buffer.from('hé'), 1, 2, 3]);
  });

  it('carries only the viewed bytes of a Uint8Array that views a larger buffer', () => {
    const view = new Uint8Array([9, 9, 4, 5, 9]).subarray(2, 4);
    const [batch] = writeBatches({ 'v.bin': view });
    expect([...batch!.body]).toEqual([4, 5]);
    expect(batch!.fields.sizes).toEqual([2]);
  });

  it('starts a new request before a file that would take one past the size, and sends a larger file alone', () => {
    const batches = writeBatches({ a: 'xxxx', b: 'yyyy', c: 'z'.repeat(20), d: 'w' }, 10);
    expect(batches.map((batch) => batch.fields.paths)).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(batches.map((batch) => batch.body.toString())).toEqual(['xxxxyyyy', 'z'.repeat(20), 'w']);
  });

  it('sends nothing for no files', () => {
    expect(writeBatches({})).toEqual([]);
  });
});
