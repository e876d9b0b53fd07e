import type { ForgeEvent, Stage } from '../events.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface ProgressPrinter {
  readonly onEvent: (event: ForgeEvent) => void;
  /** Clears the spinner line; call before printing anything else. */
  readonly stop: () => void;
}

/**
 * One line per finished stage on stderr (stdout stays free for results and --json). On a terminal
 * the running stage gets a spinner with its elapsed time, as deploy CLIs do; piped output gets
 * plain lines only.
 */
export function createProgressPrinter(
  write: (text: string) => void,
  options: { verbose: boolean; interactive: boolean },
): ProgressPrinter {
  let running: { stage: Stage; since: number } | undefined;
  let frame = 0;
  const clear = () => options.interactive && write('\r\x1b[2K');
  const timer = options.interactive
    ? setInterval(() => {
        if (!running) return;
        const seconds = ((performance.now() - running.since) / 1000).toFixed(1);
        write(`\r\x1b[2K  ${frames[frame++ % frames.length]} ${running.stage.padEnd(12)} ${seconds}s`);
      }, 80)
    : undefined;
  timer?.unref();

  const line = (text: string) => {
    clear();
    write(`${text}\n`);
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case 'stage-start':
          running = { stage: event.stage, since: performance.now() };
          break;
        case 'stage-end':
          running = undefined;
          line(`  ✓ ${event.stage.padEnd(12)} ${event.durationMs} ms`);
          break;
        case 'stage-skip':
          line(`  - ${event.stage.padEnd(12)} skipped (${event.reason})`);
          break;
        case 'stage-retry':
          line(`  ↻ ${event.stage.padEnd(12)} retry ${event.attempt}: ${event.error}`);
          break;
        case 'error':
          running = undefined;
          line(`  ✗ ${event.stage.padEnd(12)} ${event.code}`);
          break;
        case 'planned':
          for (const text of plannerLines(event)) line(text);
          break;
        case 'test:result':
          line(`    tests: ${event.passed} passed, ${event.failed} failed, ${event.skipped} skipped`);
          break;
        case 'contract:result':
          line(`    contract: ${event.passed} passed, ${event.failed} failed, ${event.skipped} skipped`);
          break;
        case 'repair':
          line(event.attempted ? `  ↻ repair ${event.attempt}: ${event.reason}` : `  ! ${event.reason}`);
          if (options.verbose) for (const failure of event.failures) line(`      ${failure}`);
          break;
        case 'log':
          if (options.verbose) line(`    ${event.stage}: ${event.line}`);
          break;
        default:
          break;
      }
    },
    stop() {
      if (timer) clearInterval(timer);
      running = undefined;
      clear();
    },
  };
}

/**
 * Which planner designed the API and how to choose another, then what it assumed: the user sees what
 * was inferred rather than read before anything is built from it.
 */
export function plannerLines(event: Extract<ForgeEvent, { type: 'planned' }>): string[] {
  const failed = event.hops.filter((hop) => !hop.ok);
  const lines: string[] = [];
  if (event.planner === 'embedded')
    lines.push(
      failed.length > 0
        ? `    planner: embedded (offline), after ${failed.map((h) => `${h.planner} failed (${h.errorCode ?? 'error'})`).join(', ')}`
        : '    planner: embedded (offline, no model); --llm ollama, --llm hf or --llm openai plans with a model',
    );
  else if (event.planner !== 'import' && event.planner !== 'input')
    lines.push(`    planner: ${event.planner}; --llm embedded plans offline without a model`);
  if (event.assumptions.length > 0) {
    lines.push(`    assumed (${event.assumptions.length}):`);
    for (const assumption of event.assumptions) lines.push(`      - ${assumption.path}: ${assumption.text}`);
  }
  return lines;
}
