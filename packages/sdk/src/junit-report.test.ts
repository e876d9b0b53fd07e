import { describe, expect, it } from 'vitest';
import { parseJUnitReport } from './junit-report.js';

describe('parseJUnitReport', () => {
  it("reads vitest's junit reporter: passed, failed (with its message) and skipped tests", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="3" failures="1" errors="0" time="0.5">
    <testsuite name="test/pets.test.ts" timestamp="2026-11-26T16:00:00.000Z" hostname="vm" tests="3" failures="1" errors="0" skipped="1" time="0.4">
        <testcase classname="test/pets.test.ts" name="/pets &gt; creates a pet &amp; reads it" time="0.012">
        </testcase>
        <testcase classname="test/pets.test.ts" name="/pets &gt; bounds the page size" time="0.0301">
            <failure message="expected 200 to be 400 // Object.is equality" type="AssertionError">
AssertionError: expected 200 to be 400
            </failure>
        </testcase>
        <testcase classname="test/pets.test.ts" name="/pets &gt; sorts" time="0">
            <skipped/>
        </testcase>
    </testsuite>
</testsuites>`;
    expect(parseJUnitReport(xml)).toEqual([
      { name: 'test/pets.test.ts > /pets > creates a pet & reads it', status: 'passed', durationMs: 12 },
      {
        name: 'test/pets.test.ts > /pets > bounds the page size',
        status: 'failed',
        durationMs: 30,
        message: 'expected 200 to be 400 // Object.is equality',
      },
      { name: 'test/pets.test.ts > /pets > sorts', status: 'skipped', durationMs: 0 },
    ]);
  });

  it("reads node's junit reporter: describe blocks as nested suites, failures, skips and '>' in messages", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
	<testsuite name="/pets" time="0.037030" disabled="0" errors="0" tests="4" failures="1" skipped="1" hostname="vm">
		<testcase name="creates a pet &amp; reads it" time="0.001349" classname="test"/>
		<testcase name="bounds the page size" time="0.007592" classname="test" failure="limit=101 answered 200: 200 > 100">
			<failure type="testCodeFailure" message="limit=101 answered 200: 200 > 100">
Error [ERR_TEST_FAILURE]: limit=101 answered 200
      at TestContext.&lt;anonymous> (file:///project/test/pets.test.ts:5:45)
			</failure>
		</testcase>
		<testcase name="sorts" time="0.000252" classname="test">
			<skipped type="skipped" message="not implemented: write src/handlers/sort.ts"/>
		</testcase>
		<testsuite name="by owner" time="0.017376" disabled="0" errors="0" tests="1" failures="0" skipped="0" hostname="vm">
			<testcase name="lists the pets of an owner" time="0.016945" classname="test"/>
		</testsuite>
	</testsuite>
	<testcase name="reports health" time="0.004817" classname="test"/>
	<!-- tests 5 -->
</testsuites>`;
    expect(parseJUnitReport(xml)).toEqual([
      { name: '/pets > creates a pet & reads it', status: 'passed', durationMs: 1 },
      {
        name: '/pets > bounds the page size',
        status: 'failed',
        durationMs: 8,
        message: 'limit=101 answered 200: 200 > 100',
      },
      { name: '/pets > sorts', status: 'skipped', durationMs: 0 },
      { name: '/pets > by owner > lists the pets of an owner', status: 'passed', durationMs: 17 },
      { name: 'reports health', status: 'passed', durationMs: 5 },
    ]);
  });

  it("reads pytest's --junitxml, including errors and self-closing test cases", () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="2">' +
      '<testcase classname="tests.test_pets" name="test_create_pet" time="0.004" />' +
      '<testcase classname="tests.test_pets" name="test_list" time="0.010"><error message="failed on setup with &quot;KeyError&quot;">trace</error></testcase>' +
      '</testsuite></testsuites>';
    expect(parseJUnitReport(xml)).toEqual([
      { name: 'tests.test_pets > test_create_pet', status: 'passed', durationMs: 4 },
      {
        name: 'tests.test_pets > test_list',
        status: 'failed',
        durationMs: 10,
        message: 'failed on setup with "KeyError"',
      },
    ]);
  });

  it('returns undefined for a report with no test case', () => {
    expect(parseJUnitReport('<testsuites></testsuites>')).toBeUndefined();
  });
});
