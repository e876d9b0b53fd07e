import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlainHttpFetch } from './plain-http-fetch.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('createPlainHttpFetch', () => {
  let server: Server;
  let base: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        if (req.url === '/empty') return res.writeHead(204).end();
        if (req.url === '/moved') return res.writeHead(302, { location: '/elsewhere' }).end('see elsewhere');
        if (req.url === '/slow') return setTimeout(() => res.end('late'), 2_000);
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(201, { 'content-type': 'application/problem+json', 'x-total-count': '3' });
        res.end(JSON.stringify({ echoed: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the method, headers and a string body with its length, and answers status, headers and body', async () => {
    const { fetch, close } = createPlainHttpFetch();
    const response = await fetch(`${base}/pets?limit=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"name":"Rex 🐕"}',
    });
    close();
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      url: '/pets?limit=2',
      body: '{"name":"Rex 🐕"}',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer t',
        'content-length': String(Buffer.byteLength('{"name":"Rex 🐕"}')),
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-total-count')).toBe('3');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ echoed: '{"name":"Rex 🐕"}' });
  });

  it('sends a malformed escape in the path as given', async () => {
    const { fetch, close } = createPlainHttpFetch();
    await (await fetch(`${base}/pets/%E0%A4%A`)).text();
    await (await fetch(`${base}/pets/%`)).text();
    close();
    expect(seen.slice(-2).map((call) => call.url)).toEqual(['/pets/%E0%A4%A', '/pets/%']);
  });

  it('answers a 204 with no body, and a redirect as it is', async () => {
    const { fetch, close } = createPlainHttpFetch();
    const empty = await fetch(`${base}/empty`, { method: 'DELETE' });
    const moved = await fetch(`${base}/moved`);
    close();
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/elsewhere');
    expect(await moved.text()).toBe('see elsewhere');
  });

  it('rejects with the signal reason when aborted, before or during the call', async () => {
    const { fetch, close } = createPlainHttpFetch();
    const reason = new Error('stop');
    await expect(fetch(`${base}/pets`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const controller = new AbortController();
    const call = fetch(`${base}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(call).rejects.toBe(reason);
    close();
  });

  it('leaves other URLs to the fallback', async () => {
    const asked: string[] = [];
    const fallback = (async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response('fallback');
    }) as typeof globalThis.fetch;
    const { fetch, close } = createPlainHttpFetch(fallback);
    expect(await (await fetch('https://api.example.com/pets')).text()).toBe('fallback');
    close();
    expect(asked).toEqual(['https://api.example.com/pets']);
  });

  it('refuses a connection nobody answers with an error, not a hang', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { fetch, close } = createPlainHttpFetch();
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
    close();
  });
});
