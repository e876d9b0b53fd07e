import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameReader } from './agent-frames.js';

function reader() {
  const frames: { header: Record<string, unknown>; body: string }[] = [];
  const invalid: string[] = [];
  const frameReader = new FrameReader(
    (header, body) => frames.push({ header, body: body.toString('latin1') }),
    (reason) => invalid.push(reason),
  );
  return { frameReader, frames, invalid };
}

const bytes = (parts: Buffer[]) => Buffer.concat(parts);

describe('agent frames', () => {
  it('carries a header and raw bytes, whatever the bytes are', () => {
    const { frameReader, frames } = reader();
    const body = Buffer.from([0, 255, 10, 13, 34, 92, 128]);
    frameReader.push(bytes(encodeFrame({ c: 3, t: 'data' }, body)));
    expect(frames).toEqual([{ header: { c: 3, t: 'data' }, body: body.toString('latin1') }]);
  });

  it('reads frames split at every byte and frames sharing one read, in order', () => {
    const { frameReader, frames } = reader();
    const stream = bytes([
      ...encodeFrame({ c: 1, op: 'exec', args: ['a', 'ü'] }),
      ...encodeFrame({ c: 2, op: 'data' }, Buffer.from('x'.repeat(70_000))),
      ...encodeFrame({ c: 3, op: 'end' }),
    ]);
    for (let at = 0; at < 20; at++) frameReader.push(stream.subarray(at, at + 1));
    frameReader.push(stream.subarray(20, 30_000));
    frameReader.push(stream.subarray(30_000));
    expect(frames.map(({ header }) => header)).toEqual([
      { c: 1, op: 'exec', args: ['a', 'ü'] },
      { c: 2, op: 'data' },
      { c: 3, op: 'end' },
    ]);
    expect(frames[0]!.body).toBe('');
    expect(frames[1]!.body).toBe('x'.repeat(70_000));
  });

  it('keeps a frame until its last byte has arrived', () => {
    const { frameReader, frames } = reader();
    const frame = bytes(encodeFrame({ t: 'ok' }, Buffer.from('content')));
    frameReader.push(frame.subarray(0, frame.length - 1));
    expect(frames).toEqual([]);
    frameReader.push(frame.subarray(frame.length - 1));
    expect(frames).toEqual([{ header: { t: 'ok' }, body: 'content' }]);
  });

  it('reports a stream that breaks the framing once and reads no further', () => {
    const { frameReader, frames, invalid } = reader();
    const huge = Buffer.alloc(8);
    huge.writeUInt32BE(0xffffffff, 0);
    frameReader.push(huge);
    frameReader.push(bytes(encodeFrame({ t: 'ok' })));
    expect(invalid).toHaveLength(1);
    expect(frames).toEqual([]);

    const notJson = reader();
    const header = Buffer.from('{not json');
    const prefix = Buffer.alloc(8);
    prefix.writeUInt32BE(header.length, 0);
    notJson.frameReader.push(Buffer.concat([prefix, header]));
    expect(notJson.invalid).toEqual(['a frame header is not JSON']);

    const notObject = reader();
    const array = Buffer.from('[1]');
    prefix.writeUInt32BE(array.length, 0);
    notObject.frameReader.push(Buffer.concat([prefix, array]));
    expect(notObject.invalid).toEqual(['a frame header is not a JSON object']);
  });
});
