import 'server-only';
import { forgeServerUrl } from './server-config';

// Hop-by-hop headers and those fetch recomputes; everything else passes through unchanged.
const dropped = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

/**
 * Forwards a browser request to the reference server at the same path and query. The browser talks
 * to this app's origin only, so the reference server needs no CORS and may sit on a private address.
 * Bodies stream both ways, which keeps tRPC's Server-Sent Events live.
 */
export async function proxyToForge(request: Request, pathname: string): Promise<Response> {
  const target = `${forgeServerUrl()}${pathname}${new URL(request.url).search}`;
  const headers = new Headers();
  for (const [name, value] of request.headers) if (!dropped.has(name)) headers.set(name, value);
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer(),
      signal: request.signal,
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch (error) {
    const message = `The SmartAPIForge server at ${forgeServerUrl()} did not answer (${(error as Error).message}). Start it (pnpm dev) or set FORGE_SERVER_URL, then retry.`;
    // Shaped like a tRPC error so the client shows the message as it shows the server's own errors.
    return Response.json(
      {
        error: {
          json: {
            message,
            code: -32603,
            data: { code: 'BAD_GATEWAY', httpStatus: 502, problem: { code: 'server_unreachable' } },
          },
        },
      },
      { status: 502 },
    );
  }
  const responseHeaders = new Headers();
  for (const [name, value] of upstream.headers)
    if (!dropped.has(name) && name !== 'content-encoding') responseHeaders.set(name, value);
  // Keeps Next's compression from buffering event streams.
  if (responseHeaders.get('content-type')?.startsWith('text/event-stream'))
    responseHeaders.set('cache-control', 'no-cache, no-transform');
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}
