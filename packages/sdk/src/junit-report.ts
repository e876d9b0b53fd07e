/** One test of a generated project's own suite, as its runner reported it. */
export interface TestCaseResult {
  /** The test's file or module and its name, e.g. `test/pets.test.ts > /pets > creates a pet`. */
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly durationMs: number;
  /** The failure's message, for failed tests. */
  readonly message?: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return entities[entity] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
  return value === undefined ? undefined : decode(value);
}

/**
 * The test cases of a JUnit XML report, as vitest's `junit` reporter and pytest's `--junitxml` write
 * them: each `<testcase>` with its time and a `<failure>`/`<error>` or `<skipped>` child when it did not
 * pass. Undefined when the text holds no test case at all.
 */
export function parseJUnitReport(xml: string): TestCaseResult[] | undefined {
  const cases: TestCaseResult[] = [];
  const testcase = /<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g;
  for (const [, attributes = '', body = ''] of xml.matchAll(testcase)) {
    const classname = attribute(attributes, 'classname');
    const name = attribute(attributes, 'name') ?? '';
    const failure = /<(failure|error)\b([^>]*?)(?:\/>|>)/.exec(body);
    const message = failure ? attribute(failure[2] ?? '', 'message') : undefined;
    cases.push({
      name: classname ? `${classname} > ${name}` : name,
      status: failure ? 'failed' : /<skipped\b/.test(body) ? 'skipped' : 'passed',
      durationMs: Math.round(Number(attribute(attributes, 'time') ?? 0) * 1000),
      ...(message ? { message } : {}),
    });
  }
  return cases.length > 0 ? cases : undefined;
}
