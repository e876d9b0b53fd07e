'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorMessage } from './error-message';
import { useTRPC } from './trpc';

/** How to call a live API that requires auth: the header, its tokens, a curl line, fresh tokens. */
export function CredentialsPanel({ projectId, url }: { projectId: string; url: string }) {
  const trpc = useTRPC();
  const credentials = useQuery(trpc.deployments.credentials.queryOptions({ projectId }));
  const mint = useMutation(trpc.deployments.mintToken.mutationOptions());
  if (credentials.error)
    return <ErrorMessage error={credentials.error} title="The API's credentials could not be loaded" />;
  if (!credentials.data) return <p role="status">Loading credentials…</p>;
  const { header, tokens, type } = credentials.data;
  const headerLine = (token: string) =>
    header.startsWith('Authorization') ? `Authorization: Bearer ${token}` : `${header}: ${token}`;
  return (
    <div className="space-y-2" data-testid="credentials">
      <h3 className="font-semibold">Credentials</h3>
      <p className="text-sm text-slate-700">
        This API requires {type === 'bearer-jwt' ? 'a bearer token' : 'an API key'}. Two test users were made
        for it; each sees only their own records.
      </p>
      <ul className="space-y-1">
        {tokens.map((token, index) => (
          <li key={token}>
            <span className="text-sm font-medium">User {index + 1}</span>
            <code className="block rounded bg-slate-100 p-2 text-xs break-all">{headerLine(token)}</code>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        Try it:{' '}
        <code className="break-all">
          curl -H &quot;{headerLine(tokens[0] ?? '…')}&quot; {url}
        </code>
      </p>
      {type === 'bearer-jwt' && (
        <div className="space-y-1">
          <button
            type="button"
            className="btn-secondary"
            disabled={mint.isPending}
            onClick={() => mint.mutate({ projectId })}
          >
            Make a token for a new user
          </button>
          {mint.error && <ErrorMessage error={mint.error} title="No token was made" />}
          {mint.data && (
            <div role="status" className="text-sm">
              <p>
                For user <code>{mint.data.subject}</code>, valid until{' '}
                {new Date(mint.data.expiresAt).toLocaleString()}:
              </p>
              <code className="block rounded bg-slate-100 p-2 text-xs break-all">
                {headerLine(mint.data.token)}
              </code>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
