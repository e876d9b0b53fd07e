'use client';
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';

function Meter({ label, used, limit }: { label: string; used: number; limit: number }) {
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        <span className="font-medium">
          {used} of {limit}
        </span>
      </div>
      <meter
        className="h-2 w-full"
        min={0}
        max={limit}
        value={used}
        low={limit * 0.7}
        high={limit * 0.9}
        aria-label={label}
      />
    </div>
  );
}

/** Today's jobs and running jobs against the quotas the server enforces. */
export function UsageSummary() {
  const trpc = useTRPC();
  const usage = useQuery(trpc.usage.get.queryOptions(undefined, { refetchInterval: 15_000 }));
  return (
    <section className="card space-y-3" aria-labelledby="usage-title">
      <h2 id="usage-title" className="font-semibold">
        Usage today
      </h2>
      {usage.error ? (
        <ErrorMessage error={usage.error} title="Usage is unavailable" />
      ) : !usage.data ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <Meter label="Jobs started today" used={usage.data.jobsStarted} limit={usage.data.jobsPerDay} />
          <Meter label="Jobs running now" used={usage.data.running} limit={usage.data.concurrentJobs} />
          <p className="text-sm text-slate-700">
            The daily count starts again at {new Date(usage.data.resetsAt).toLocaleString()}.
          </p>
        </>
      )}
    </section>
  );
}
