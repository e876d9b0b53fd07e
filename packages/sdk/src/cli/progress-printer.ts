import type { ForgeEvent } from '../events.js';

/** Prints one human line per stage to stderr, keeping stdout free for results and --json. */
export function createProgressPrinter(write: (text: string) => void, verbose: boolean): (event: ForgeEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'stage-end':
        write(`  ✓ ${event.stage.padEnd(12)} ${event.durationMs} ms\n`);
        break;
      case 'stage-skip':
        write(`  - ${event.stage.padEnd(12)} skipped (${event.reason})\n`);
        break;
      case 'stage-retry':
        write(`  ↻ ${event.stage.padEnd(12)} retry ${event.attempt}: ${event.error}\n`);
        break;
      case 'stage-error':
        write(`  ✗ ${event.stage.padEnd(12)} ${event.code}\n`);
        break;
      case 'log':
        if (verbose) write(`    ${event.stage}: ${event.line}\n`);
        break;
      case 'stage-start':
        break;
    }
  };
}
