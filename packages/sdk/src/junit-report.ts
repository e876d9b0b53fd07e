/** One test of a generated project's own suite, as its runner reported it. */
export interface TestCaseResult {
  /**
   * The test's name after the suites around it, and its file or module where the runner names it:
   * `/pets > creates a pet` (Node), `test/pets.test.ts > /pets > creates a pet` (vitest).
   */
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

// A start tag's attributes; quoted values may hold '>' (Node's reporter leaves it unescaped).
const attributeList = '((?:[^>"]|"[^"]*")*?)';
const tags = new RegExp(
  `<testsuite\\b${attributeList}(/?)>|</testsuite>|<testcase\\b${attributeList}(?:/>|>([\\s\\S]*?)</testcase>)`,
  'g',
);

/**
 * The test cases of a JUnit XML report, as vitest's `junit` reporter, Node's (`--test-reporter=junit`)
 * and pytest's `--junitxml` write them: each `<testcase>` with its time and a `<failure>`/`<error>` or
 * `<skipped>` child when it did not pass. Undefined when the text holds no test case at all.
 */
export function parseJUnitReport(xml: string): TestCaseResult[] | undefined {
  const cases: TestCaseResult[] = [];
  // The names of the <testsuite>s around the current tag.
  const suites: string[] = [];
  for (const [tag, suite = '', selfClosing, testcase = '', body = ''] of xml.matchAll(tags)) {
    if (tag.startsWith('</')) suites.pop();
    else if (tag.startsWith('<testsuite')) {
      if (selfClosing !== '/') suites.push(attribute(suite, 'name') ?? '');
    } else cases.push(testCase(testcase, body, suites));
  }
  return cases.length > 0 ? cases : undefined;
}

function testCase(attributes: string, body: string, suites: readonly string[]): TestCaseResult {
  const classname = attribute(attributes, 'classname');
  const name = attribute(attributes, 'name') ?? '';
  // Node's reporter writes classname="test" for every case and nests a testsuite per describe block,
  // so there the suites name the case; vitest and pytest put the file or module in classname.
  const path = classname === 'test' ? [...suites, name] : classname ? [classname, name] : [name];
  const failure = new RegExp(`<(failure|error)\\b${attributeList}/?>`).exec(body);
  const message = failure ? attribute(failure[2] ?? '', 'message') : undefined;
  return {
    name: path.join(' > '),
    status: failure ? 'failed' : /<skipped\b/.test(body) ? 'skipped' : 'passed',
    durationMs: Math.round(Number(attribute(attributes, 'time') ?? 0) * 1000),
    ...(message ? { message } : {}),
  };
}
