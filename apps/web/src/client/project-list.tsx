'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';

export function ProjectList() {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your projects</h1>
        <Link href="/" className="btn-primary">
          New API
        </Link>
      </div>
      {projects.error ? (
        <ErrorMessage error={projects.error} title="Your projects could not be loaded" />
      ) : !projects.data ? (
        <p role="status">Loading your projects…</p>
      ) : projects.data.length === 0 ? (
        <div className="card">
          <p>You have no projects yet.</p>
          <p className="mt-1">
            <Link className="link" href="/">
              Describe an API
            </Link>{' '}
            and it appears here once it is built.
          </p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Projects">
          {projects.data.map((project) => (
            <li key={project.id} className="card space-y-2" data-testid="project-card">
              <h2 className="text-lg font-semibold">
                <Link className="link" href={`/projects/${project.id}`}>
                  {project.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">Created {project.createdAt.toLocaleString()}</p>
              {project.deployment ? (
                <p className="text-sm break-all">
                  Live at{' '}
                  <a className="link" href={project.deployment.url} target="_blank" rel="noreferrer">
                    {project.deployment.url}
                  </a>
                </p>
              ) : (
                <p className="text-sm text-slate-700">Not deployed</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
