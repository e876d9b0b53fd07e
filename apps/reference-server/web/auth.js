/* global document, window, location */
// Who the page acts as. With a Supabase project configured (/config.json), the user signs in by magic
// link through supabase-js, which takes the session out of the URL the link lands on and refreshes
// it; a pasted access token or API key (server-to-server style) always takes precedence.
const signin = document.querySelector('#signin');
const session = document.querySelector('#session');
const status = document.querySelector('#auth-status');
const tokenField = document.querySelector('#token');

const typedToken = () => tokenField.value.trim() || undefined;

/** Loads supabase-js's browser bundle, which this server serves from the installed package. */
const loadSupabase = () =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/vendor/supabase.js' });
    script.addEventListener('load', () => resolve(window.supabase));
    script.addEventListener('error', () => reject(new Error('supabase-js could not be loaded')));
    document.head.append(script);
  });

/**
 * Sets up sign-in and returns `bearer()`, the token for this server's API and streams (undefined when
 * signed out). `onChange` runs after every sign-in or sign-out.
 */
export async function startAuth(onChange) {
  const config = await (await fetch('/config.json')).json();
  if (!config.supabase) {
    document.querySelector('#token-details').open = true;
    return { bearer: async () => typedToken() };
  }
  const { createClient } = await loadSupabase();
  // Implicit flow: the link's redirect carries the session in the URL fragment.
  const client = createClient(config.supabase.url, config.supabase.anonKey, {
    auth: { flowType: 'implicit', detectSessionInUrl: true, persistSession: true, autoRefreshToken: true },
  });
  client.auth.onAuthStateChange((_event, current) => {
    signin.hidden = Boolean(current);
    session.hidden = !current;
    document.querySelector('#who').textContent = current?.user.email ?? '';
    // Deferred: supabase-js holds its lock while calling back, and onChange asks it for the token.
    setTimeout(onChange, 0);
  });
  const { error } = await client.auth.initialize();
  if (error) status.textContent = `Sign-in failed: ${error.message}. Ask for a new link.`;

  signin.addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const email = document.querySelector('#email').value.trim();
    status.textContent = 'Sending…';
    const { error: failed } = await client.auth.signInWithOtp({
      email,
      options: { emailRedirectTo: `${location.origin}/` },
    });
    status.textContent = failed
      ? `The link could not be sent: ${failed.message}`
      : `Check ${email} for a sign-in link.`;
  });
  document.querySelector('#signout').addEventListener('click', async () => {
    const { error: failed } = await client.auth.signOut();
    status.textContent = failed ? `Sign-out failed: ${failed.message}` : 'Signed out.';
  });

  return {
    // getSession() refreshes an access token that is about to expire before handing it out.
    bearer: async () => typedToken() ?? (await client.auth.getSession()).data.session?.access_token,
  };
}
