'use client';
import { useQuery } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import Link from 'next/link';
import { useEffect, useReducer, useRef } from 'react';
import { ErrorMessage } from './error-message';
import {
  applyEvent,
  changeStageOrder,
  initialProgressFor,
  stageOrder,
  type JobEvent,
  type JobProgress,
} from './job-progress';
import { LogView } from './log-view';
import { StageList } from './stage-list';
import { Counts, TestCases } from './test-report';
import { useTRPC, type RouterOutputs } from './trpc';

interface Tracked {
  readonly id: string;
  readonly data: JobEvent;
}

/** Folds streamed events in order, skipping any id already seen (a reconnect may resend none, but be sure). */
function reducer(state: { lastId: number; progress: JobProgress }, tracked: Tracked) {
  const id = Number(tracked.id);
  if (id <= state.lastId) return state;
  return { lastId: id, progress: applyEvent(state.progress, tracked.data) };
}

/** What a failed job's code means for the person who asked for it. */
function failureAdvice(code: string): string {
  if (code.includes('plan') || code.includes('prompt') || code.includes('design'))
    return 'Rephrase the request: name the things the API stores, their fields, and how they relate.';
  if (code.includes('test'))
    return 'The generated tests failed; the log above shows which. Try again, or simplify the request.';
  if (code.includes('deploy'))
    return 'The project was built but could not be served; try again, or switch deployment off.';
  return 'Try again; if it keeps failing, the log above and the server’s logs say why.';
}

export function JobView({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const job = useQuery(trpc.jobs.get.queryOptions({ jobId }));
  if (job.error) return <ErrorMessage error={job.error} title="This job cannot be shown" />;
  if (!job.data) return <p role="status">Loading the job…</p>;
  return <JobRun jobId={jobId} input={job.data.input} />;
}

/** A job's live progress: a new API's stages, or a change request's. */
function JobRun({ jobId, input }: { jobId: string; input: RouterOutputs['jobs']['get']['input'] }) {
  const trpc = useTRPC();
  const change = input.kind === 'change' ? input : undefined;
  const [{ progress }, dispatch] = useReducer(reducer, {
    lastId: 0,
    progress: initialProgressFor(change ? changeStageOrder : stageOrder),
  });
  const subscription = useSubscription(trpc.jobs.events.subscriptionOptions({ jobId }, { onData: dispatch }));
  const ended = progress.outcome !== undefined;
  const report = useQuery(trpc.jobs.history.queryOptions({ jobId }, { enabled: ended }));
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ended) outcomeRef.current?.focus();
  }, [ended]);

  const prompt = input.kind === 'change' ? input.request : input.prompt;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">
          {change ? 'Changing your API' : progress.planner ? progress.planner.title : 'Building your API'}
        </h1>
        {prompt && <p className="mt-1 max-w-3xl text-slate-700">“{prompt}”</p>}
        <p role="status" aria-live="polite" id="job-status" className="mt-2 font-medium">
          {progress.outcome?.ok
            ? 'Done.'
            : progress.outcome
              ? 'Failed.'
              : subscription.status === 'connecting'
                ? 'Connecting to the job…'
                : 'Working…'}
        </p>
      </div>
      {subscription.error && !ended && (
        <ErrorMessage error={subscription.error} title="Live progress was interrupted" />
      )}
      <div ref={outcomeRef} tabIndex={-1} className="outline-none" aria-label={ended ? 'Outcome' : undefined}>
        {progress.outcome?.ok && (
          <div className="card space-y-3 border-emerald-300">
            <h2 className="text-lg font-semibold">
              {change ? 'The new version is saved' : 'Your API is ready'}
            </h2>
            {progress.deployment && (
              <p>
                Live at{' '}
                <a className="link break-all" href={progress.deployment.url} target="_blank" rel="noreferrer">
                  {progress.deployment.url}
                </a>{' '}
                ·{' '}
                <a className="link" href={progress.deployment.docsUrl} target="_blank" rel="noreferrer">
                  Interactive docs
                </a>
              </p>
            )}
            <Link className="btn-primary" href={`/projects/${progress.outcome.projectId}`}>
              Open the project
            </Link>
          </div>
        )}
        {progress.outcome && !progress.outcome.ok && (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
            <h2 className="font-semibold">
              {change ? 'The change was not applied' : 'The API could not be built'}
            </h2>
            <p className="mt-1">
              {progress.outcome.message} <span className="text-sm">({progress.outcome.code})</span>
            </p>
            <p className="mt-1">{failureAdvice(progress.outcome.code)}</p>
            <Link className="link mt-2 inline-block" href={change ? `/projects/${change.projectId}` : '/'}>
              {change ? 'Back to the project' : 'Write a new request'}
            </Link>
          </div>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card space-y-3" aria-labelledby="stages-title">
          <h2 id="stages-title" className="text-lg font-semibold">
            Progress
          </h2>
          <StageList progress={progress} />
          {progress.retries.length > 0 && (
            <ul className="text-sm text-amber-900">
              {progress.retries.map((retry) => (
                <li key={retry}>Retried {retry}</li>
              ))}
            </ul>
          )}
        </section>
        <div className="space-y-6">
          {progress.planner && (
            <section className="card space-y-2" aria-labelledby="plan-title">
              <h2 id="plan-title" className="text-lg font-semibold">
                What the planner decided
              </h2>
              <p>
                <strong>{progress.planner.name}</strong> by the {progress.planner.via} planner
                {progress.operations !== undefined && `, ${progress.operations} operations`}
                {progress.fileCount !== undefined && `, ${progress.fileCount} files`}.
              </p>
              {progress.planner.assumptions.length > 0 && (
                <>
                  <h3 className="font-medium">Assumptions</h3>
                  <ul className="list-disc pl-5" data-testid="assumptions">
                    {progress.planner.assumptions.map((assumption) => (
                      <li key={`${assumption.path}-${assumption.text}`}>
                        {assumption.text} <code className="text-xs text-slate-700">{assumption.path}</code>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {progress.planner.notes.length > 0 && (
                <>
                  <h3 className="font-medium">Notes</h3>
                  <ul className="list-disc pl-5">
                    {progress.planner.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </>
              )}
              {progress.planner.assumptions.length === 0 && progress.planner.notes.length === 0 && (
                <p className="text-slate-700">The planner assumed nothing beyond the request.</p>
              )}
            </section>
          )}
          {(progress.tests || progress.contract) && (
            <section className="card space-y-3" aria-labelledby="results-title">
              <h2 id="results-title" className="text-lg font-semibold">
                Test results
              </h2>
              {progress.tests && (
                <div data-testid="project-tests">
                  <h3 className="font-medium">The project&apos;s own tests</h3>
                  <Counts counts={progress.tests} />
                </div>
              )}
              {progress.contract && (
                <div data-testid="contract-suite">
                  <h3 className="font-medium">Contract suite against the live API</h3>
                  <Counts counts={progress.contract} />
                </div>
              )}
              {report.data?.test && (
                <details>
                  <summary className="cursor-pointer font-medium">Each test</summary>
                  <TestCases report={report.data.test} />
                </details>
              )}
            </section>
          )}
        </div>
      </div>
      <LogView logs={progress.logs} live={!ended} />
    </div>
  );
}
