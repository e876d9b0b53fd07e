import { gzipSync } from 'node:zlib';

/**
 * A gzipped POSIX ustar archive of regular files (mode 0644, folders implied by the paths), enough
 * for `tar -xzf` to recreate a workspace. Paths longer than ustar's 100 bytes use its 155-byte prefix.
 */
export function tarGz(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const blocks: Buffer[] = [];
  for (const [path, content] of files) {
    blocks.push(header(path, content.byteLength), Buffer.from(content));
    const pad = (512 - (content.byteLength % 512)) % 512;
    if (pad) blocks.push(Buffer.alloc(pad));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

function header(path: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  let name = path;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = path.lastIndexOf('/');
    prefix = path.slice(0, cut);
    name = path.slice(cut + 1);
    if (Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155) {
      throw new Error(`${path} is too long for a ustar archive`);
    }
  }
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 8, 'ascii');
  block.write('0000000\0', 108, 8, 'ascii');
  block.write('0000000\0', 116, 8, 'ascii');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
  block.write('00000000000\0', 136, 12, 'ascii');
  block.write('        ', 148, 8, 'ascii');
  block.write('0', 156, 1, 'ascii');
  block.write('ustar\0', 257, 6, 'ascii');
  block.write('00', 263, 2, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return block;
}
