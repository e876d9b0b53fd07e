'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CodeView } from './code-view';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';

/** The project's files: a list to pick from and the chosen one's highlighted text. */
export function FilesBrowser({ projectId, files }: { projectId: string; files: readonly string[] }) {
  const trpc = useTRPC();
  const [selected, setSelected] = useState(
    () =>
      files.find((file) => file === 'README.md') ?? files.find((file) => file.endsWith('.ts')) ?? files[0],
  );
  const file = useQuery(
    trpc.projects.file.queryOptions({ projectId, path: selected ?? '' }, { enabled: selected !== undefined }),
  );
  return (
    <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
      <nav
        aria-label="Project files"
        className="max-h-[32rem] overflow-auto rounded-md border border-slate-200"
      >
        <ul>
          {files.map((name) => (
            <li key={name}>
              <button
                type="button"
                aria-current={name === selected ? 'true' : undefined}
                onClick={() => setSelected(name)}
                className="block w-full truncate px-3 py-1.5 text-left font-mono text-xs hover:bg-slate-100 aria-[current=true]:bg-indigo-50 aria-[current=true]:font-semibold aria-[current=true]:text-indigo-900"
                title={name}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-2">
        <h3 className="font-mono text-sm font-semibold break-all">{selected}</h3>
        {file.error ? (
          <ErrorMessage error={file.error} title="The file could not be loaded" />
        ) : file.data ? (
          <CodeView file={file.data.path} content={file.data.content} />
        ) : (
          <p role="status">Loading…</p>
        )}
      </div>
    </div>
  );
}
