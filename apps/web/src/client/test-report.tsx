import { formatDuration, type TestCountsView } from './job-progress';
import type { RouterOutputs } from './trpc';

type TestReportData = NonNullable<RouterOutputs['jobs']['history']['test']>;

/** "12 passed, 0 failed, 1 skipped in 3.4 s". */
export function Counts({ counts }: { counts: TestCountsView }) {
  return (
    <p>
      <span className="font-semibold text-emerald-800">{counts.passed} passed</span>,{' '}
      <span className={counts.failed > 0 ? 'font-semibold text-red-800' : ''}>{counts.failed} failed</span>,{' '}
      {counts.skipped} skipped in {formatDuration(counts.durationMs)}
    </p>
  );
}

/** Each of the project's own tests and how it ended. */
export function TestCases({ report }: { report: TestReportData }) {
  const cases = report.cases ?? [];
  if (cases.length === 0)
    return <p className="text-slate-700">The test runner reported counts only, no per-test results.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Per-test results</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              Test
            </th>
            <th scope="col" className="py-2 pr-3">
              Result
            </th>
            <th scope="col" className="py-2">
              Time
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((testCase, index) => (
            <tr key={`${testCase.name}-${index}`} className="border-b border-slate-100 align-top">
              <td className="py-1.5 pr-3">
                {testCase.name}
                {testCase.message && (
                  <pre className="mt-1 whitespace-pre-wrap text-xs text-red-900">{testCase.message}</pre>
                )}
              </td>
              <td
                className={`py-1.5 pr-3 font-medium ${testCase.status === 'failed' ? 'text-red-800' : testCase.status === 'passed' ? 'text-emerald-800' : 'text-slate-700'}`}
              >
                {testCase.status}
              </td>
              <td className="py-1.5 whitespace-nowrap">{formatDuration(testCase.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
