import { describe, expect, it } from 'vitest';
import { LogBuffer } from './log-buffer.js';

describe('LogBuffer', () => {
  it('joins chunks into lines per stream and forwards complete lines only', () => {
    const seen: string[] = [];
    const logs = new LogBuffer(10, (line) => seen.push(line));
    logs.write('stdout', 'hel');
    logs.write('stderr', 'warn\n');
    logs.write('stdout', 'lo\nwor');
    expect(seen).toEqual(['warn', 'hello']);
    logs.write('stdout', 'ld\n');
    expect(logs.lines()).toEqual(['warn', 'hello', 'world']);
  });

  it('keeps only the newest lines', () => {
    const logs = new LogBuffer(2);
    for (const line of ['a', 'b', 'c']) logs.push(line);
    expect(logs.lines()).toEqual(['b', 'c']);
    expect(logs.tail(1)).toBe('c');
  });
});
