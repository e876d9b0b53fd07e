import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ForgeEvent } from '../events.js';
import { createProgressPrinter } from './progress-printer.js';

const run = (interactive: boolean, events: ForgeEvent[], waitMs = 0) => {
  let out = '';
  const printer = createProgressPrinter((text) => (out += text), { verbose: false, interactive });
  printer.onEvent(events[0]!);
  vi.advanceTimersByTime(waitMs);
  for (const event of events.slice(1)) printer.onEvent(event);
  printer.stop();
  return out;
};

const planStage: ForgeEvent[] = [
  { type: 'stage-start', stage: 'plan', at: '2025-01-01T00:00:00.000Z' },
  { type: 'stage-end', stage: 'plan', durationMs: 412 },
];

describe('progress printer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('animates the running stage with its elapsed time on a terminal, then prints its timing', () => {
    const out = run(true, planStage, 500);
    expect(out).toContain('\r\u001b[2K');
    expect(out).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] plan {9}0\.\ds/);
    expect(out).toContain('  ✓ plan         412 ms\n');
  });

  it('prints plain lines only when piped', () => {
    const out = run(false, planStage, 500);
    expect(out).toBe('  ✓ plan         412 ms\n');
  });

  it('says which planner designed the API, how to choose another, and what it assumed', () => {
    const design = { name: 'todo' } as unknown as Extract<ForgeEvent, { type: 'planned' }>['design'];
    const out = run(false, [
      ...planStage,
      {
        type: 'planned',
        design,
        planner: 'embedded',
        warnings: [],
        assumptions: [{ path: 'task.done', text: 'added done (boolean) by convention for a task' }],
        hops: [],
      },
    ]);
    expect(out).toContain(
      '    planner: embedded (offline, no model); --llm ollama, --llm hf or --llm openai',
    );
    expect(out).toContain(
      '    assumed (1):\n      - task.done: added done (boolean) by convention for a task\n',
    );
    const fellBack = run(false, [
      {
        type: 'planned',
        design,
        planner: 'embedded',
        warnings: [],
        assumptions: [],
        hops: [
          { planner: 'llm:ollama', ok: false, errorCode: 'llm_connection', ms: 3 },
          { planner: 'embedded', ok: true, ms: 5 },
        ],
      },
    ]);
    expect(fellBack).toBe('    planner: embedded (offline), after llm:ollama failed (llm_connection)\n');
  });

  it('says when a design goes back to the planner, and why it does not', () => {
    const failures = ['not ok 1 - POST /pets'];
    const out = run(false, [
      {
        type: 'repair',
        attempt: 1,
        stage: 'test',
        attempted: true,
        reason: 'llm:x revises the design',
        failures,
      },
      {
        type: 'repair',
        attempt: 2,
        stage: 'test',
        attempted: false,
        reason: 'Gave up after 1 repair',
        failures,
      },
    ]);
    expect(out).toBe('  ↻ repair 1: llm:x revises the design\n  ! Gave up after 1 repair\n');
  });
});
