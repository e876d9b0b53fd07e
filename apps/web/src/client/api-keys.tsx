'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';

export function ApiKeys() {
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [copied, setCopied] = useState(false);
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: () => {
        setName('');
        void refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => void refresh() }));

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
      <h2 className="pt-2 text-lg font-semibold">Your keys</h2>
      {revoke.error && <ErrorMessage error={revoke.error} title="The key was not revoked" />}
      {keys.error ? (
        <ErrorMessage error={keys.error} title="Your keys could not be loaded" />
      ) : !keys.data ? (
        <p role="status">Loading your keys…</p>
      ) : keys.data.length === 0 ? (
        <p className="text-slate-700">You have no API keys yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="api-keys">
            <caption className="sr-only">Your API keys</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Name
                </th>
                <th scope="col" className="py-2 pr-3">
                  Starts with
                </th>
                <th scope="col" className="py-2 pr-3">
                  Created
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <tr key={key.id} className="border-b border-slate-100">
                  <td className="py-2 pr-3 font-medium">{key.name}</td>
                  <td className="py-2 pr-3 font-mono">{key.prefix}…</td>
                  <td className="py-2 pr-3">{key.createdAt.toLocaleString()}</td>
                  <td className="py-2 pr-3">
                    {key.revokedAt ? `Revoked ${key.revokedAt.toLocaleString()}` : 'Active'}
                  </td>
                  <td className="py-2 text-right">
                    {!key.revokedAt && (
                      <button
                        type="button"
                        className="btn-secondary"
                        aria-label={`Revoke key ${key.name}`}
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate({ keyId: key.id })}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
