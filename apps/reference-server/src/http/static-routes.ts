import { readFile } from 'node:fs/promises';
import path from 'node:path';
import swaggerUi from 'swagger-ui-dist';
import { supabaseBrowserBundle, webDir } from '../assets.js';
import { notFound } from '../errors.js';
import type { Metrics } from '../metrics.js';
import type { Store } from '../store/store.js';
import { openApiDocument } from './openapi-document.js';
import type { RequestContext, Route } from './router.js';
import { sendJson } from './api-routes.js';
import { setPageSecurityHeaders } from './security-headers.js';
import { supabaseOrigin, webConfig, type WebAuthConfig } from './web-auth.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves one file from a folder, by a name the route pattern already constrained. */
async function sendFile(ctx: RequestContext, dir: string, name: string) {
  const file = path.join(dir, name);
  if (path.dirname(file) !== path.resolve(dir)) throw notFound(name);
  const body = await readFile(file).catch(() => {
    throw notFound(name);
  });
  ctx.res.writeHead(200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream' });
  ctx.res.end(body);
}

/** The Swagger UI files the /docs page loads, served from the installed swagger-ui-dist (no CDN). */
const swaggerFiles = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js']);

/** Health, metrics, the OpenAPI document with Swagger UI, and the web page with its sign-in config. */
export function staticRoutes(deps: {
  store: Store;
  metrics: Metrics;
  load: () => Promise<{ waiting: number; running: number }>;
  webAuth: WebAuthConfig | undefined;
}): Route[] {
  const swaggerDir = swaggerUi.getAbsoluteFSPath();
  const connectTo = deps.webAuth ? [supabaseOrigin(deps.webAuth)] : [];
  return [
    {
      method: 'GET',
      path: '/healthz',
      async handle(ctx) {
        await deps.store.db.transaction({ kind: 'anon' }, (sql) => sql.query('select 1'));
        sendJson(ctx, 200, { status: 'ok', database: deps.store.db.dialect, jobs: await deps.load() });
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      async handle(ctx) {
        ctx.res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
        ctx.res.end(await deps.metrics.registry.metrics());
      },
    },
    { method: 'GET', path: '/openapi.json', handle: async (ctx) => sendJson(ctx, 200, openApiDocument) },
    {
      method: 'GET',
      path: '/docs',
      handle: (ctx) => {
        setPageSecurityHeaders(ctx.res, { inlineStyles: true });
        return sendFile(ctx, webDir, 'docs.html');
      },
    },
    {
      method: 'GET',
      path: '/docs/:file',
      async handle(ctx) {
        const name = ctx.params.file!;
        if (name === 'docs.js') return sendFile(ctx, webDir, name);
        if (!swaggerFiles.has(name)) throw notFound(name);
        return sendFile(ctx, swaggerDir, name);
      },
    },
    {
      method: 'GET',
      path: '/',
      handle: (ctx) => {
        setPageSecurityHeaders(ctx.res, { connectTo });
        return sendFile(ctx, webDir, 'index.html');
      },
    },
    { method: 'GET', path: '/app.css', handle: (ctx) => sendFile(ctx, webDir, 'app.css') },
    { method: 'GET', path: '/app.js', handle: (ctx) => sendFile(ctx, webDir, 'app.js') },
    { method: 'GET', path: '/auth.js', handle: (ctx) => sendFile(ctx, webDir, 'auth.js') },
    {
      method: 'GET',
      path: '/config.json',
      handle: async (ctx) => sendJson(ctx, 200, webConfig(deps.webAuth)),
    },
    {
      method: 'GET',
      path: '/vendor/supabase.js',
      handle: (ctx) => sendFile(ctx, supabaseBrowserBundle.dir, supabaseBrowserBundle.base),
    },
  ];
}
