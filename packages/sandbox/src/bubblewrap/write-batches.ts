/** Bytes per write request: enough for a whole project in one, small enough that writing it is brief. */
const WRITE_BATCH_BYTES = 8 * 1024 * 1024;

/** One write request: `paths[i]` gets the next `sizes[i]` bytes of `body`. */
export interface WriteBatch {
  readonly fields: { readonly paths: string[]; readonly sizes: number[] };
  readonly body: Buffer;
}

/**
 * Files as few write requests as the batch size allows (a file larger than it goes alone), in the
 * agent's form: the paths, their sizes, and their contents one after the other.
 */
export function writeBatches(
  files: Readonly<Record<string, string | Uint8Array>>,
  maxBytes = WRITE_BATCH_BYTES,
): WriteBatch[] {
  const batches: WriteBatch[] = [];
  let paths: string[] = [];
  let contents: Buffer[] = [];
  let bytes = 0;
  const flush = () => {
    if (paths.length === 0) return;
    batches.push({
      fields: { paths, sizes: contents.map((content) => content.length) },
      body: Buffer.concat(contents, bytes),
    });
    paths = [];
    contents = [];
    bytes = 0;
  };
  for (const [path, content] of Object.entries(files)) {
    const buffer =
      typeof content === 'string'
        ? Buffer.from(content)
        : Buffer.from(content.buffer, content.byteOffset, content.length);
    if (bytes > 0 && bytes + buffer.length > maxBytes) flush();
    paths.push(path);
    contents.push(buffer);
    bytes += buffer.length;
  }
  flush();
  return batches;
}
