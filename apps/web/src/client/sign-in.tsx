'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { useAuth } from './auth';

/** Only same-site paths are followed after signing in. */
const safeNext = (next: string | null) =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

export function SignIn() {
  const auth = useAuth();
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [apiKey, setApiKey] = useState('');
  // A magic link's error comes back in the fragment (e.g. a link used twice, or expired).
  const [linkError, setLinkError] = useState<string | null>(null);

  useEffect(() => {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const description = fragment.get('error_description');
    // The fragment exists only in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (description) setLinkError(description.replaceAll('+', ' '));
  }, []);
  useEffect(() => {
    if (auth.credential) router.replace(next);
  }, [auth.credential, next, router]);

  async function sendLink(event: FormEvent) {
    event.preventDefault();
    if (!auth.supabase) return;
    setSending(true);
    setError(null);
    const redirect = new URL('/sign-in', window.location.origin);
    if (next !== '/') redirect.searchParams.set('next', next);
    const { error: failed } = await auth.supabase.auth.signInWithOtp({
      email: email.trim(),
      options: { emailRedirectTo: redirect.href, shouldCreateUser: true },
    });
    setSending(false);
    if (failed)
      setError(
        failed.status === 429
          ? `${failed.message}. Wait a minute before asking for another link.`
          : `${failed.message}. Check the address and try again.`,
      );
    else setSentTo(email.trim());
  }

  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in to SmartAPIForge</h1>
      {params.get('signedOut') && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          You are signed out.
        </p>
      )}
      {linkError && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p>The sign-in link did not work: {linkError}.</p>
          <p>Each link works once and expires; ask for a new one below.</p>
        </div>
      )}
      {auth.credential === undefined ? (
        <p role="status">Checking your session…</p>
      ) : auth.supabase ? (
        <section className="card space-y-4" aria-labelledby="magic-link">
          <h2 id="magic-link" className="text-lg font-semibold">
            Email me a sign-in link
          </h2>
          {sentTo ? (
            <div role="status" className="space-y-2">
              <p>
                We sent a sign-in link to <strong>{sentTo}</strong>. Open it in this browser to continue.
              </p>
              <button type="button" className="btn-secondary" onClick={() => setSentTo(null)}>
                Use another address
              </button>
            </div>
          ) : (
            <form onSubmit={sendLink} className="space-y-3">
              <label htmlFor="email" className="block font-medium">
                Email address
              </label>
              <input
                id="email"
                type="email"
                required
                autoComplete="email"
                className="field"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
              {error && (
                <p role="alert" className="text-red-800">
                  {error}
                </p>
              )}
              <button type="submit" className="btn-primary w-full" disabled={sending}>
                {sending ? 'Sending…' : 'Send sign-in link'}
              </button>
            </form>
          )}
        </section>
      ) : (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950">
          This server has no Supabase project for email sign-in (SUPABASE_URL and SUPABASE_ANON_KEY are not
          set); sign in with an API key instead.
        </p>
      )}
      <details className="card" open={!auth.supabase}>
        <summary className="cursor-pointer font-semibold">Sign in with an API key</summary>
        <form
          className="mt-3 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            auth.useApiKey(apiKey.trim());
          }}
        >
          <label htmlFor="api-key" className="block font-medium">
            API key (starts with <code>sk_</code>)
          </label>
          <input
            id="api-key"
            type="password"
            required
            pattern="sk_.+"
            autoComplete="off"
            className="field"
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
          />
          <p className="text-sm text-slate-700">Kept for this browser tab only.</p>
          <button type="submit" className="btn-secondary">
            Use this key
          </button>
        </form>
      </details>
    </div>
  );
}
