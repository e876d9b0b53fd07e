/**
 * The agent protocol's framing (sandbox-agent.cjs holds the same few lines for its half): each
 * message is a JSON header with an optional body of raw bytes, as
 * `u32 header length | u32 body length | header | body` (big-endian lengths). Bytes that cross the
 * sandbox wall (forwarded connections, files) travel as they are, where a JSON line had to carry
 * them base64-encoded: a third larger, and encoded, escaped, split into lines and decoded again on
 * each side. A contract check's 2 MiB request bodies made that most of the relay's CPU time.
 */

/** A header longer than this is not one the protocol sends (stdout chunks are at most 64 KiB). */
const maxHeaderBytes = 16 * 1024 * 1024;
/** As large as a workspace file or a forwarded chunk may be in one frame. */
const maxBodyBytes = 1024 * 1024 * 1024;
const prefixBytes = 8;

/** One frame as buffers to write in order (no copy of `body`). */
export function encodeFrame(header: Record<string, unknown>, body?: Uint8Array): Buffer[] {
  const json = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.allocUnsafe(prefixBytes);
  prefix.writeUInt32BE(json.length, 0);
  prefix.writeUInt32BE(body?.length ?? 0, 4);
  return body && body.length > 0
    ? [prefix, json, Buffer.from(body.buffer, body.byteOffset, body.length)]
    : [prefix, json];
}

/**
 * Splits a byte stream into frames. `onFrame` gets each header parsed and its body (empty when
 * none); a stream that breaks the framing (a length past the limits, a header that is not a JSON
 * object) calls `onInvalid` once and is read no further.
 */
export class FrameReader {
  readonly #onFrame: (header: Record<string, unknown>, body: Buffer) => void;
  readonly #onInvalid: (reason: string) => void;
  #chunks: Buffer[] = [];
  #buffered = 0;
  #invalid = false;

  constructor(
    onFrame: (header: Record<string, unknown>, body: Buffer) => void,
    onInvalid: (reason: string) => void,
  ) {
    this.#onFrame = onFrame;
    this.#onInvalid = onInvalid;
  }

  push(chunk: Buffer): void {
    if (this.#invalid) return;
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    while (this.#buffered >= prefixBytes) {
      const prefix = this.#peek(prefixBytes);
      const headerBytes = prefix.readUInt32BE(0);
      const bodyBytes = prefix.readUInt32BE(4);
      if (headerBytes > maxHeaderBytes || bodyBytes > maxBodyBytes) {
        return this.#fail(`a frame of ${headerBytes} + ${bodyBytes} bytes is past the protocol's limits`);
      }
      if (this.#buffered < prefixBytes + headerBytes + bodyBytes) return;
      this.#take(prefixBytes);
      const json = this.#take(headerBytes).toString('utf8');
      const body = this.#take(bodyBytes);
      let header: unknown;
      try {
        header = JSON.parse(json);
      } catch {
        return this.#fail('a frame header is not JSON');
      }
      if (typeof header !== 'object' || header === null || Array.isArray(header)) {
        return this.#fail('a frame header is not a JSON object');
      }
      this.#onFrame(header as Record<string, unknown>, body);
    }
  }

  #fail(reason: string): void {
    this.#invalid = true;
    this.#chunks = [];
    this.#buffered = 0;
    this.#onInvalid(reason);
  }

  /** The first `size` bytes (size ≤ buffered), joined into the first chunk when they span several. */
  #peek(size: number): Buffer {
    if (this.#chunks[0]!.length < size) this.#chunks = [Buffer.concat(this.#chunks, this.#buffered)];
    return this.#chunks[0]!.subarray(0, size);
  }

  #take(size: number): Buffer {
    if (size === 0) return Buffer.alloc(0);
    const taken = this.#peek(size);
    const first = this.#chunks[0]!;
    if (first.length === size) this.#chunks.shift();
    else this.#chunks[0] = first.subarray(size);
    this.#buffered -= size;
    return taken;
  }
}
