import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMetrics } from '../metrics.js';
import { createRequestHandler } from './request-handler.js';
import type { Route } from './router.js';

// Whatever a route does wrong, the answer is a problem and the server keeps serving.
const routes: Route[] = [
  {
    method: 'GET',
    path: '/sync-throw',
    handle: () => {
      throw new TypeError('x is undefined');
    },
  },
  { method: 'GET', path: '/async-throw', handle: async () => Promise.reject(new Error('db down')) },
  {
    method: 'GET',
    path: '/throws-a-string',
    handle: async () => {
      throw 'not an error';
    },
  },
  {
    method: 'GET',
    path: '/after-headers',
    handle: async ({ res }) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      throw new Error('mid-stream');
    },
  },
  { method: 'GET', path: '/items/:name', handle: async ({ res, params }) => void res.end(params.name) },
];

describe('the request handler', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server = createServer(createRequestHandler({ routes, metrics: createMetrics() }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers a 500 problem, without the error text, for any throw in a route', async () => {
    for (const pathname of ['/sync-throw', '/async-throw', '/throws-a-string']) {
      const response = await fetch(url + pathname);
      expect(response.status, pathname).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'internal_error', instance: pathname });
      expect(text).not.toMatch(/undefined|db down|not an error/);
    }
  });

  it('ends a response that failed after its headers went out, and keeps serving', async () => {
    await expect(fetch(`${url}/after-headers`).then((r) => r.text())).resolves.toBe('partial');
    expect(await (await fetch(`${url}/items/ok`)).text()).toBe('ok');
  });

  it('answers 400 for malformed escapes in any parameter, 404 and 405 as problems', async () => {
    expect(await (await fetch(`${url}/items/%E0%A4%A`)).json()).toMatchObject({
      status: 400,
      code: 'invalid_request',
    });
    expect(await (await fetch(`${url}/items/caf%C3%A9`)).text()).toBe('café');
    expect((await fetch(`${url}/nowhere`)).status).toBe(404);
    const wrongMethod = await fetch(`${url}/sync-throw`, { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });
});
