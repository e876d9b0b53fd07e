'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';

export function ApiKeys() {
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [copied, setCopied] = useState(false);
  const create = useMutation(trpc.apiKeys.create.mutationOptions({ onSuccess: () => setName('') }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setCopied(false);
    create.mutate({ name });
  }

  return (
    <section className="card space-y-4" aria-labelledby="keys-title">
      <h1 id="keys-title" className="text-2xl font-bold">
        API keys
      </h1>
      <p className="text-slate-700">
        Keys let scripts, the SDK and curl call this server as you: send one as <code>X-API-Key</code>.
      </p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <div className="min-w-[14rem] flex-1">
          <label htmlFor="key-name" className="block font-medium">
            Key name
          </label>
          <input
            id="key-name"
            required
            maxLength={100}
            className="field"
            placeholder="e.g. CI pipeline"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="btn-primary" disabled={create.isPending}>
          Create key
        </button>
      </form>
      {create.error && <ErrorMessage error={create.error} title="The key was not created" />}
      {create.data && (
        <div
          role="status"
          className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-emerald-950"
        >
          <p className="font-semibold">Copy your new key now: it is shown only once.</p>
          <code data-testid="new-api-key" className="block break-all rounded bg-white p-2 text-slate-900">
            {create.data.key}
          </code>
          <button
            type="button"
            className="btn-secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(create.data.key).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {copied ? 'Copied' : 'Copy key'}
          </button>
        </div>
      )}
    </section>
  );
}
