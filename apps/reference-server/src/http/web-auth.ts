import { ForgeError } from '@smartapiforge/errors';

/** The web page's sign-in: the Supabase project whose Auth sends magic links. */
export interface WebAuthConfig {
  /** The project's URL, e.g. `https://<ref>.supabase.co`; its Auth API is under `/auth/v1`. */
  readonly supabaseUrl: string;
  /** The project's anon key: public by design, the browser sends it as `apikey`. */
  readonly supabaseAnonKey: string;
}

/** What `/config.json` tells the page; `supabase: null` hides the magic-link form. */
export const webConfig = (auth: WebAuthConfig | undefined) => ({
  supabase: auth ? { url: auth.supabaseUrl, anonKey: auth.supabaseAnonKey } : null,
});

/** The Supabase project's origin, which the page's CSP lets it connect to; a bad URL fails at start. */
export function supabaseOrigin(auth: WebAuthConfig): string {
  try {
    return new URL(auth.supabaseUrl).origin;
  } catch {
    throw new ForgeError(
      'config_invalid',
      `SUPABASE_URL ${JSON.stringify(auth.supabaseUrl)} is not a URL; use https://<ref>.supabase.co.`,
    );
  }
}
