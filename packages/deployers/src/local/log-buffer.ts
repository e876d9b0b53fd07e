/**
 * Keeps the last `capacity` log lines of a deployment and forwards each complete line as it arrives.
 * Output arrives in arbitrary chunks, so a partial line is held per stream until its newline.
 */
export class LogBuffer {
  readonly #capacity: number;
  readonly #lines: string[] = [];
  readonly #partial = new Map<string, string>();
  readonly #onLine: ((line: string) => void) | undefined;

  constructor(capacity: number, onLine?: (line: string) => void) {
    this.#capacity = capacity;
    this.#onLine = onLine;
  }

  /** A chunk of raw output from one stream (`stdout`, `stderr`, ...). */
  write(stream: string, chunk: string): void {
    const pieces = ((this.#partial.get(stream) ?? '') + chunk).split('\n');
    this.#partial.set(stream, pieces.pop() ?? '');
    for (const line of pieces) this.push(line);
  }

  /** One whole line, e.g. the deployer's own notes. */
  push(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length > this.#capacity) this.#lines.shift();
    this.#onLine?.(line);
  }

  lines(): readonly string[] {
    return [...this.#lines];
  }

  tail(count = 50): string {
    return this.#lines.slice(-count).join('\n');
  }
}
