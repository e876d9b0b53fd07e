'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from './error-message';
import { useTRPC, type RouterOutputs } from './trpc';

type Preview = RouterOutputs['projects']['changes']['preview'];
type Diff = NonNullable<RouterOutputs['projects']['versions']['list'][number]['diff']>;

/** Each contract change with where it is and whether it breaks clients of the previous version. */
export function DiffList({ diff }: { diff: Diff }) {
  if (diff.changes.length === 0) return <p>The contract stays the same.</p>;
  return (
    <ul className="space-y-1" aria-label="Contract changes">
      {diff.changes.map((change) => (
        <li
          key={`${change.path} ${change.kind}`}
          data-breaking={change.breaking}
          className={`rounded-md border px-3 py-2 ${change.breaking ? 'border-red-300 bg-red-50 text-red-950' : 'border-slate-200 bg-white'}`}
        >
          <span
            className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${change.breaking ? 'bg-red-700 text-white' : 'bg-emerald-100 text-emerald-900'}`}
          >
            {change.breaking ? 'Breaking' : 'Compatible'}
          </span>
          {change.description}
          <code className="mt-1 block break-all text-xs text-slate-700">{change.path}</code>
        </li>
      ))}
    </ul>
  );
}

function PreviewView({ preview }: { preview: Preview }) {
  return (
    <div className="space-y-3" data-testid="change-preview">
      <p>
        Version <strong>{preview.previousVersion}</strong> → <strong>{preview.version}</strong>
        {preview.diff.breaking ? ' (breaking: clients of the current contract may fail)' : ' (compatible)'}
      </p>
      <DiffList diff={preview.diff} />
      {preview.migration ? (
        <div>
          <h4 className="font-medium">
            Migration <code className="text-sm">{preview.migration.file}</code>
            {preview.migration.destructive && (
              <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                Drops or converts data
              </span>
            )}
          </h4>
          <ul className="list-disc pl-5 text-sm">
            {preview.migration.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-700">The database schema stays the same: no migration.</p>
      )}
      {preview.assumptions.length > 0 && (
        <ul className="list-disc pl-5 text-sm" aria-label="Assumptions">
          {preview.assumptions.map((assumption) => (
            <li key={`${assumption.path}-${assumption.text}`}>{assumption.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The change form: a request in words, "Preview" for the classified contract diff and the migration,
 * then "Apply", which asks for the flags a breaking or destructive change needs and opens the job's
 * live progress.
 */
export function ChangePanel({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const ids = useId();
  const [request, setRequest] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [allowBreaking, setAllowBreaking] = useState(false);
  const [allowDestructive, setAllowDestructive] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);
  const preview = useQuery(
    trpc.projects.changes.preview.queryOptions(
      { projectId, request: asked ?? '' },
      { enabled: asked !== null, retry: false, staleTime: Infinity },
    ),
  );
  const apply = useMutation(
    trpc.projects.changes.create.mutationOptions({
      onSuccess: ({ jobId }) => router.push(`/jobs/${jobId}`),
    }),
  );
  // Move focus to what the preview found, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (preview.data || preview.error) previewRef.current?.focus();
  }, [preview.data, preview.error]);

  const current = preview.data && asked === request.trim() ? preview.data : undefined;
  const needsBreaking = current?.requires.allowBreaking === true;
  const needsDestructive = current?.requires.allowDestructive === true;
  const canApply =
    current !== undefined &&
    (!needsBreaking || allowBreaking) &&
    (!needsDestructive || allowDestructive) &&
    !apply.isPending;

  return (
    <section className="card space-y-4" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-lg font-semibold">
        Change this API
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = request.trim();
          if (trimmed === '') return;
          setAllowBreaking(false);
          setAllowDestructive(false);
          apply.reset();
          setAsked(trimmed);
        }}
      >
        <label htmlFor={`${ids}-request`} className="block font-medium">
          Describe the change
        </label>
        <textarea
          id={`${ids}-request`}
          name="request"
          required
          maxLength={4000}
          rows={3}
          className="field text-sm"
          aria-describedby={`${ids}-hint`}
          placeholder="add an owner name to pets"
          value={request}
          onChange={(event) => setRequest(event.target.value)}
        />
        <p id={`${ids}-hint`} className="text-sm text-slate-700">
          Add, rename or remove resources and fields, change types or required fields. Nothing changes until
          you apply it: the preview shows the new contract&apos;s differences first.
        </p>
        <button
          type="submit"
          className="btn-secondary"
          disabled={request.trim() === '' || preview.isFetching}
        >
          {preview.isFetching ? 'Previewing…' : 'Preview'}
        </button>
      </form>

      <div ref={previewRef} tabIndex={-1} className="outline-none" aria-live="polite">
        {preview.error && asked !== null && (
          <ErrorMessage error={preview.error} title="This change cannot be applied as asked" />
        )}
        {current && <PreviewView preview={current} />}
      </div>

      {current && (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (canApply)
              apply.mutate({ projectId, request: current.request, allowBreaking, allowDestructive });
          }}
        >
          {needsBreaking && (
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                className="mt-1"
                checked={allowBreaking}
                onChange={(event) => setAllowBreaking(event.target.checked)}
              />
              <span>Allow breaking changes: clients of version {current.previousVersion} may fail.</span>
            </label>
          )}
          {needsDestructive && (
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                className="mt-1"
                checked={allowDestructive}
                onChange={(event) => setAllowDestructive(event.target.checked)}
              />
              <span>Allow destructive changes: stored data is dropped or converted.</span>
            </label>
          )}
          {apply.error && <ErrorMessage error={apply.error} title="The change was not started" />}
          <button type="submit" className="btn-primary" disabled={!canApply}>
            {apply.isPending ? 'Starting…' : `Apply as version ${current.version}`}
          </button>
        </form>
      )}
    </section>
  );
}

/** The project's versions, newest first, each with its request and contract diff. */
export function VersionHistory({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const versions = useQuery(trpc.projects.versions.list.queryOptions({ projectId }));
  if (versions.error)
    return <ErrorMessage error={versions.error} title="The version history could not be loaded" />;
  if (!versions.data) return <p role="status">Loading the versions…</p>;
  return (
    <ol className="space-y-3" aria-label="Versions" data-testid="versions">
      {[...versions.data].reverse().map((version, index) => (
        <li key={version.jobId} className="rounded-md border border-slate-200 p-3">
          <p className="flex flex-wrap items-center gap-2">
            <strong>{version.version}</strong>
            {index === 0 && (
              <span className="rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-900">
                current
              </span>
            )}
            {version.diff?.breaking && (
              <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                Breaking
              </span>
            )}
            <span className="text-sm text-slate-700">{version.createdAt.toLocaleString()}</span>
          </p>
          <p className="mt-1">
            {version.request ? `“${version.request}”` : 'Generated from the first request.'}
          </p>
          {version.diff && (
            <details className="mt-2">
              <summary className="cursor-pointer font-medium">
                {version.diff.changes.length} contract change{version.diff.changes.length === 1 ? '' : 's'}
              </summary>
              <div className="mt-2">
                <DiffList diff={version.diff} />
              </div>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
