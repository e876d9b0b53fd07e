import { gzipSync } from 'node:zlib';

/** One 512-byte POSIX ustar header; long paths go into the 155-byte prefix field. */
function header(file: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(512);
  const split = file.length > 100 ? file.lastIndexOf('/', 155) : -1;
  const [prefix, name] = split > 0 ? [file.slice(0, split), file.slice(split + 1)] : ['', file];
  if (Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155)
    throw new Error(`Path too long for tar: ${file}`);
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0') + '\0';
  block.write(name, 0);
  block.write(octal(0o644, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(mtime, 12), 136);
  block.write('        ', 148); // checksum is computed with its own field as spaces
  block.write('0', 156);
  block.write('ustar\0' + '00', 257);
  block.write(prefix, 345);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148);
  return block;
}

/**
 * A gzipped tar of the project's files under `<root>/`. Written here rather than pulled in as a
 * dependency because the server only ever packs small, flat text files it generated itself.
 */
export function tarGz(root: string, files: Readonly<Record<string, string>>, mtime = new Date()): Buffer {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const parts: Buffer[] = [];
  for (const [file, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const data = Buffer.from(content);
    parts.push(
      header(`${root}/${file}`, data.length, seconds),
      data,
      Buffer.alloc((512 - (data.length % 512)) % 512),
    );
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}
