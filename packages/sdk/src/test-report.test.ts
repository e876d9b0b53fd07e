import { describe, expect, it } from 'vitest';
import { parseTestCounts } from './test-report.js';

describe('parseTestCounts', () => {
  it("reads vitest's summary, coloured or not", () => {
    const plain = ' Test Files  4 passed (4)\n      Tests  33 passed (33)\n   Duration  9.42s\n';
    expect(parseTestCounts(plain)).toEqual({ passed: 33, failed: 0, skipped: 0 });
    const coloured =
      '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m2 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m29 passed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[33m1 skipped\u001b[39m\u001b[2m | \u001b[22m1 todo\u001b[90m (33)\u001b[39m\n';
    expect(parseTestCounts(coloured)).toEqual({ passed: 29, failed: 2, skipped: 2 });
  });

  it("reads node's test runner summary (spec reporter)", () => {
    const output =
      '✔ creates a pet (12ms)\nℹ tests 23\nℹ suites 4\nℹ pass 21\nℹ fail 1\nℹ cancelled 0\nℹ skipped 1\nℹ todo 0\n';
    expect(parseTestCounts(output)).toEqual({ passed: 21, failed: 1, skipped: 1 });
  });

  it("reads node's test runner summary (TAP reporter)", () => {
    expect(parseTestCounts('ok 1 - x\n# tests 2\n# pass 2\n# fail 0\n# skipped 0\n')).toEqual({
      passed: 2,
      failed: 0,
      skipped: 0,
    });
  });

  it("reads pytest's closing line", () => {
    expect(parseTestCounts('....F.s\n=== 5 passed, 1 failed, 1 skipped in 0.42s ===\n')).toEqual({
      passed: 5,
      failed: 1,
      skipped: 1,
    });
    expect(parseTestCounts('23 passed in 0.61s\n')).toEqual({ passed: 23, failed: 0, skipped: 0 });
  });

  it('returns undefined when there is no summary', () => {
    expect(parseTestCounts('Segmentation fault\n')).toBeUndefined();
  });
});
