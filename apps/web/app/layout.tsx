import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/client/providers';
import { SiteHeader } from '@/client/site-header';
import { loadClientConfig } from '@/lib/server-config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'SmartAPIForge', template: '%s · SmartAPIForge' },
  description: 'Turn a plain-language request into a tested, live REST API.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// The reference server's address and sign-in settings are read per request, not baked into the build.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const loaded = await loadClientConfig();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          Skip to content
        </a>
        {loaded.ok ? (
          <Providers supabase={loaded.config.supabase}>
            <SiteHeader />
            <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
              {children}
            </main>
          </Providers>
        ) : (
          <main id="main" className="mx-auto max-w-2xl px-4 py-12">
            <h1 className="text-2xl font-bold">The SmartAPIForge server is not reachable</h1>
            <div role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
              <p>
                This app talks to the reference server at <code>{loaded.serverUrl}</code>, which did not
                answer: {loaded.reason}.
              </p>
              <p className="mt-2">
                Start it with <code>pnpm dev</code> (server and web app together), or point{' '}
                <code>FORGE_SERVER_URL</code> at a running server, then reload this page.
              </p>
            </div>
          </main>
        )}
      </body>
    </html>
  );
}
