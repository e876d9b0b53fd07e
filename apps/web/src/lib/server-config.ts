import 'server-only';

/** Where the reference server runs: FORGE_SERVER_URL, read at request time so one build serves any. */
export const forgeServerUrl = () =>
  (process.env.FORGE_SERVER_URL ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');

/** What the browser needs to sign in; the reference server's /config.json is the one source of it. */
export interface ClientConfig {
  readonly supabase: { readonly url: string; readonly anonKey: string } | null;
}

export type ClientConfigResult =
  | { readonly ok: true; readonly config: ClientConfig }
  | { readonly ok: false; readonly serverUrl: string; readonly reason: string };

/** Asks the reference server for its sign-in settings; a server that does not answer is reported, not thrown. */
export async function loadClientConfig(): Promise<ClientConfigResult> {
  const serverUrl = forgeServerUrl();
  try {
    const response = await fetch(`${serverUrl}/config.json`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return { ok: false, serverUrl, reason: `/config.json answered ${response.status}` };
    const body = (await response.json()) as Partial<ClientConfig>;
    return { ok: true, config: { supabase: body.supabase ?? null } };
  } catch (error) {
    return { ok: false, serverUrl, reason: (error as Error).message };
  }
}
