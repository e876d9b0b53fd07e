'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useAuth } from './auth';
import { ChangePanel, VersionHistory } from './change-panel';
import { ContractView } from './contract-view';
import { CredentialsPanel } from './credentials-panel';
import { downloadArchive } from './download-archive';
import { ErrorMessage } from './error-message';
import { FilesBrowser } from './files-browser';
import { applyEvent, initialProgress } from './job-progress';
import { LogView } from './log-view';
import { Tabs } from './tabs';
import { Counts, TestCases } from './test-report';
import { useTRPC } from './trpc';

function Health({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const health = useQuery(trpc.deployments.health.queryOptions({ projectId }, { refetchInterval: 15_000 }));
  if (health.error) return <ErrorMessage error={health.error} title="Health could not be checked" />;
  if (!health.data) return <p role="status">Checking health…</p>;
  return (
    <p data-testid="health" className="flex flex-wrap items-center gap-2">
      <span
        className={`rounded px-2 py-0.5 text-sm font-semibold ${health.data.ok ? 'bg-emerald-100 text-emerald-900' : 'bg-red-100 text-red-900'}`}
      >
        {health.data.ok ? 'Healthy' : 'Not answering'}
      </span>
      <span className="text-sm text-slate-700">
        {health.data.ok
          ? `/healthz answered ${health.data.status} in ${health.data.ms} ms`
          : health.data.error}
        , checked {new Date(health.data.checkedAt).toLocaleTimeString()}
      </span>
      <button type="button" className="btn-secondary" onClick={() => void health.refetch()}>
        Check again
      </button>
    </p>
  );
}

export function ProjectView({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const auth = useAuth();
  const router = useRouter();
  const project = useQuery(trpc.projects.get.queryOptions({ projectId }));
  const jobId = project.data?.jobId;
  const history = useQuery(
    trpc.jobs.history.queryOptions({ jobId: jobId ?? '' }, { enabled: Boolean(jobId) }),
  );
  const progress = useMemo(
    () =>
      (history.data?.events ?? []).reduce(
        (state, stored) => applyEvent(state, stored.event),
        initialProgress,
      ),
    [history.data],
  );
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const remove = useMutation(
    trpc.projects.delete.mutationOptions({
      onSuccess: () => router.push('/projects'),
    }),
  );

  if (project.error) return <ErrorMessage error={project.error} title="This project cannot be shown" />;
  if (!project.data) return <p role="status">Loading the project…</p>;
  const { deployment } = project.data;
  const { components } = project.data.spec as { components?: { securitySchemes?: object } };
  // The contract says whether calls need credentials; only then does the server hold any.
  const requiresAuth = Object.keys(components?.securitySchemes ?? {}).length > 0;
  const deployLogs = progress.logs.filter((entry) => entry.stage === 'deploy' || entry.stage === 'contract');

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link className="link" href="/projects">
              Projects
            </Link>{' '}
            /
          </p>
          <h1 className="text-2xl font-bold">{project.data.name}</h1>
          <p className="text-sm text-slate-700">Created {project.data.createdAt.toLocaleString()}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-secondary"
            disabled={downloading}
            onClick={async () => {
              setDownloadError(null);
              setDownloading(true);
              try {
                await downloadArchive(projectId, await auth.token());
              } catch (error) {
                setDownloadError((error as Error).message);
              } finally {
                setDownloading(false);
              }
            }}
          >
            {downloading ? 'Preparing…' : 'Download .tar.gz'}
          </button>
          <button type="button" className="btn-danger" onClick={() => dialog.current?.showModal()}>
            Delete
          </button>
        </div>
      </div>
      {downloadError && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          The archive could not be downloaded: {downloadError} Reload the page and try again.
        </div>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id="delete-title" className="text-lg font-semibold">
          Delete {project.data.name}?
        </h2>
        <p className="mt-2">
          Its files and contract are removed{deployment ? ' and its live API is stopped' : ''}. This cannot be
          undone.
        </p>
        {remove.error && <ErrorMessage error={remove.error} title="The project was not deleted" />}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            Keep it
          </button>
          <button
            type="button"
            className="btn-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ projectId })}
          >
            {remove.isPending ? 'Deleting…' : 'Delete project'}
          </button>
        </div>
      </dialog>

      <section className="card space-y-3" aria-labelledby="deployment-title">
        <h2 id="deployment-title" className="text-lg font-semibold">
          Live API
        </h2>
        {deployment ? (
          <>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
              <dt className="font-medium">URL</dt>
              <dd className="break-all">
                <a
                  className="link"
                  href={deployment.url}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="live-url"
                >
                  {deployment.url}
                </a>
              </dd>
              <dt className="font-medium">Docs</dt>
              <dd className="break-all">
                <a
                  className="link"
                  href={deployment.docsUrl}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="docs-url"
                >
                  {deployment.docsUrl}
                </a>
              </dd>
              <dt className="font-medium">Contract</dt>
              <dd className="break-all">
                <a className="link" href={deployment.openapiUrl} target="_blank" rel="noreferrer">
                  {deployment.openapiUrl}
                </a>
              </dd>
            </dl>
            {deployment.status === 'live' ? (
              <>
                <Health projectId={projectId} />
                {requiresAuth ? (
                  <CredentialsPanel projectId={projectId} url={deployment.url} />
                ) : (
                  <p className="text-sm text-slate-700">
                    Call it from a terminal: <code className="break-all">curl {deployment.url}/healthz</code>
                  </p>
                )}
              </>
            ) : (
              <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-950">
                This deployment was stopped
                {deployment.stoppedAt ? ` on ${deployment.stoppedAt.toLocaleString()}` : ''} after it was not
                used for a while. Download the project to run it yourself, or generate it again for a new live
                URL.
              </p>
            )}
          </>
        ) : (
          <p>This project was built without deploying it. Download it to run it yourself.</p>
        )}
      </section>

      <ChangePanel projectId={projectId} />

      <Tabs
        label="Project details"
        tabs={[
          { id: 'contract', title: 'Contract', content: <ContractView spec={project.data.spec} /> },
          { id: 'versions', title: 'Versions', content: <VersionHistory projectId={projectId} /> },
          {
            id: 'files',
            title: `Files (${project.data.files.length})`,
            content: <FilesBrowser projectId={projectId} files={project.data.files} />,
          },
          {
            id: 'tests',
            title: 'Tests',
            content: history.error ? (
              <ErrorMessage error={history.error} title="The test report could not be loaded" />
            ) : !history.data ? (
              <p role="status">Loading…</p>
            ) : (
              <div className="space-y-4">
                <div>
                  <h3 className="font-semibold">The project&apos;s own tests</h3>
                  {progress.tests ? (
                    <Counts counts={progress.tests} />
                  ) : (
                    <p>Tests were not run for this project.</p>
                  )}
                  {history.data.test && <TestCases report={history.data.test} />}
                </div>
                <div>
                  <h3 className="font-semibold">Contract suite against the live API</h3>
                  {progress.contract ? (
                    <Counts counts={progress.contract} />
                  ) : (
                    <p>The contract suite runs only against a deployed API.</p>
                  )}
                </div>
              </div>
            ),
          },
          {
            id: 'logs',
            title: 'Deployment log',
            content: <LogView logs={deployLogs} live={false} />,
          },
        ]}
      />
    </div>
  );
}
