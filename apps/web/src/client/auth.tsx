'use client';
import { createClient, type Session, type SupabaseClient } from '@supabase/supabase-js';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

const apiKeyStorage = 'smartapiforge.apiKey';

/** Who the browser acts as: a Supabase session (magic link) or an API key pasted on the sign-in page. */
export type Credential =
  | { readonly kind: 'supabase'; readonly session: Session }
  | { readonly kind: 'api-key'; readonly key: string };

export interface Auth {
  /** undefined while the session is being restored (and a magic link's fragment read). */
  readonly credential: Credential | null | undefined;
  /** The email shown in the header, or the key's prefix. */
  readonly label: string | undefined;
  readonly supabase: SupabaseClient | null;
  /** True once this tab signed out: pages then say so instead of asking to sign in to come back. */
  readonly signedOut: boolean;
  /** A current bearer token (supabase-js refreshes it first when it is about to expire). */
  token(): Promise<string | null>;
  useApiKey(key: string): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider(props: {
  supabase: { url: string; anonKey: string } | null;
  children: ReactNode;
}) {
  const { url, anonKey } = props.supabase ?? {};
  const supabase = useMemo(
    () =>
      url && anonKey
        ? createClient(url, anonKey, {
            // Magic links land back here with the session in the URL's fragment (implicit flow).
            auth: {
              flowType: 'implicit',
              detectSessionInUrl: true,
              persistSession: true,
              autoRefreshToken: true,
            },
          })
        : null,
    [url, anonKey],
  );
  const [credential, setCredential] = useState<Credential | null | undefined>(undefined);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    const key = sessionStorage.getItem(apiKeyStorage);
    // Browser storage is read after hydration, so server and first client render agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (key) return setCredential({ kind: 'api-key', key });
    if (!supabase) return setCredential(null);
    // onAuthStateChange reports the restored (or just-arrived) session first, then every change.
    const { data } = supabase.auth.onAuthStateChange((_event, session) =>
      setCredential(session ? { kind: 'supabase', session } : null),
    );
    return () => data.subscription.unsubscribe();
  }, [supabase]);

  const auth = useMemo<Auth>(
    () => ({
      credential,
      label:
        credential?.kind === 'supabase'
          ? (credential.session.user.email ?? 'signed in')
          : credential?.kind === 'api-key'
            ? `API key ${credential.key.slice(0, 10)}…`
            : undefined,
      supabase,
      signedOut,
      async token() {
        const key = sessionStorage.getItem(apiKeyStorage);
        if (key) return key;
        if (!supabase) return null;
        const { data } = await supabase.auth.getSession();
        return data.session?.access_token ?? null;
      },
      useApiKey(key) {
        sessionStorage.setItem(apiKeyStorage, key);
        setSignedOut(false);
        setCredential({ kind: 'api-key', key });
      },
      async signOut() {
        // Flagged first: supabase-js reports the signed-out session while its request is still out.
        setSignedOut(true);
        if (sessionStorage.getItem(apiKeyStorage)) sessionStorage.removeItem(apiKeyStorage);
        // Revokes the session at Supabase Auth; the local session goes even if that request fails.
        else if (supabase) await supabase.auth.signOut().catch(() => undefined);
        setCredential(null);
      },
    }),
    [credential, signedOut, supabase],
  );
  return <AuthContext.Provider value={auth}>{props.children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
