import type { TestCounts } from './events.js';

/**
 * Reads pass/fail/skip counts from a test runner's closing lines: vitest, node's test runner (spec or
 * TAP reporter) and pytest. Returns undefined when the output has no summary we recognise.
 */
export function parseTestCounts(output: string): TestCounts | undefined {
  // eslint-disable-next-line no-control-regex -- runners colour their summaries
  output = output.replace(/\u001b\[[0-9;]*m/g, '');
  const vitest = output.match(/^\s*Tests\s+(.+?)\s+\(\d+\)\s*$/m)?.[1];
  if (vitest !== undefined) {
    const count = (name: string) => Number(vitest.match(new RegExp(`(\\d+) ${name}`))?.[1] ?? 0);
    return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') + count('todo') };
  }
  const node = (name: string) => output.match(new RegExp(`^\\W*${name} (\\d+)\\s*$`, 'm'))?.[1];
  const pass = node('pass');
  if (pass !== undefined) {
    return {
      passed: Number(pass),
      failed: Number(node('fail') ?? 0),
      skipped: Number(node('skipped') ?? 0) + Number(node('todo') ?? 0),
    };
  }
  const pytest = output.match(
    /^=*\s*((?:\d+ (?:passed|failed|skipped|errors?|xfailed|xpassed|deselected)(?:, )?)+)/m,
  )?.[1];
  if (pytest === undefined) return undefined;
  const count = (name: string) => Number(pytest.match(new RegExp(`(\\d+) ${name}`))?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed') + count('errors?'), skipped: count('skipped') };
}
