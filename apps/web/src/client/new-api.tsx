'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';
import { UsageSummary } from './usage-summary';

const examples = [
  {
    label: 'Pet store',
    prompt: 'A pet store API: pets have a name, a species and an age. Owners have a name and an email.',
  },
  {
    label: 'Library',
    prompt:
      'A library API: books have a title and a year. Each book belongs to an author. Authors have a name.',
  },
  {
    label: 'Bookshop with users',
    prompt:
      'A bookshop API with JWT auth where each user manages their own orders: books have a title, an isbn (unique) and a price; orders have a quantity and belong to a book.',
  },
  {
    label: 'Todo list',
    prompt: 'A todo API: tasks have a title, a done flag and a due date, and can be filtered by done.',
  },
];

export function NewApi() {
  const trpc = useTRPC();
  const router = useRouter();
  const [prompt, setPrompt] = useState('');
  const [stack, setStack] = useState<'express' | 'fastapi'>('express');
  const [test, setTest] = useState(true);
  const [deploy, setDeploy] = useState(true);
  const start = useMutation(
    trpc.jobs.start.mutationOptions({ onSuccess: ({ jobId }) => router.push(`/jobs/${jobId}`) }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (stack !== 'express') return;
    start.mutate({ prompt, stack, test, deploy });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <form onSubmit={submit} className="card space-y-5" aria-labelledby="new-api-title">
        <div>
          <h1 id="new-api-title" className="text-2xl font-bold">
            Describe the API you need
          </h1>
          <p className="mt-1 text-slate-700">
            Say what it stores and how things relate. You get an OpenAPI 3.1 contract, a tested project and a
            live URL with docs.
          </p>
        </div>
        <div className="space-y-2">
          <label htmlFor="prompt" className="block font-medium">
            Request
          </label>
          <textarea
            id="prompt"
            name="prompt"
            required
            minLength={1}
            maxLength={4000}
            rows={6}
            className="field font-mono text-sm"
            aria-describedby="prompt-help"
            value={prompt}
            onChange={(event) => setPrompt(event.target.value)}
          />
          <p id="prompt-help" className="text-sm text-slate-700">
            {prompt.length} / 4000 characters.
          </p>
        </div>
        <fieldset>
          <legend className="font-medium">Examples</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {examples.map((example) => (
              <button
                key={example.label}
                type="button"
                className="btn-secondary"
                onClick={() => setPrompt(example.prompt)}
              >
                {example.label}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium">Stack</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <label className="flex items-start gap-2 rounded-md border border-slate-300 p-3">
              <input
                type="radio"
                name="stack"
                value="express"
                className="mt-1"
                checked={stack === 'express'}
                onChange={() => setStack('express')}
              />
              <span>
                <span className="font-medium">Express 5 + TypeScript</span>
                <span className="block text-sm text-slate-700">
                  node:test + supertest, PGlite or PostgreSQL
                </span>
              </span>
            </label>
            <label className="flex items-start gap-2 rounded-md border border-slate-300 p-3">
              <input
                type="radio"
                name="stack"
                value="fastapi"
                className="mt-1"
                aria-describedby="fastapi-note"
                checked={stack === 'fastapi'}
                onChange={() => setStack('fastapi')}
              />
              <span>
                <span className="font-medium">FastAPI (Python)</span>
                <span id="fastapi-note" className="block text-sm text-slate-700">
                  Available from the CLI and SDK; this server builds Express projects only.
                </span>
              </span>
            </label>
          </div>
          {stack === 'fastapi' && (
            <p role="alert" className="mt-2 text-red-800">
              This server cannot build FastAPI projects yet. Choose Express, or run{' '}
              <code>forge generate &quot;…&quot; --stack fastapi</code> locally.
            </p>
          )}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">Options</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={test} onChange={(event) => setTest(event.target.checked)} />
            Run the project&apos;s own tests in the sandbox
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={deploy} onChange={(event) => setDeploy(event.target.checked)} />
            Deploy it and check the live API against its contract
          </label>
        </fieldset>
        {start.error && <ErrorMessage error={start.error} title="The API could not be started" />}
        <button type="submit" className="btn-primary" disabled={start.isPending || stack !== 'express'}>
          {start.isPending ? 'Starting…' : 'Generate API'}
        </button>
      </form>
      <aside aria-label="Your usage">
        <UsageSummary />
      </aside>
    </div>
  );
}
