import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForHealthy } from './health-check.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An app that is not up yet: every connection is dropped at once, and counted. */
async function refusing(): Promise<{ url: string; probes: () => number }> {
  let probes = 0;
  const url = await listen(
    createServer((socket) => {
      probes += 1;
      socket.destroy();
    }),
  );
  return { url, probes: () => probes };
}

describe('waitForHealthy', () => {
  it('is healthy once /healthz and then /openapi.json answer 200', async () => {
    const paths: string[] = [];
    const url = await listen(
      createHttpServer((request, response) => {
        paths.push(request.url ?? '');
        response.writeHead(200).end('{}');
      }),
    );
    expect(await waitForHealthy(url, { timeoutMs: 5_000 })).toBe('healthy');
    expect(paths).toEqual(['/healthz', '/openapi.json']);
  });

  it('probes an app that has printed nothing yet every 250 ms, and finds a silent app healthy', async () => {
    const app = await refusing();
    const never = new Promise(() => {});
    expect(await waitForHealthy(app.url, { timeoutMs: 600, spoke: never })).toBe('timeout');
    // 600 ms at one probe per 250 ms: at most three, where 25 ms would make it over twenty.
    expect(app.probes()).toBeGreaterThan(0);
    expect(app.probes()).toBeLessThanOrEqual(3);

    const silent = await listen(createHttpServer((_request, response) => response.writeHead(200).end()));
    expect(await waitForHealthy(silent, { timeoutMs: 5_000, spoke: never })).toBe('healthy');
  });

  it('probes at its own interval once the app has printed', async () => {
    const app = await refusing();
    expect(await waitForHealthy(app.url, { timeoutMs: 600, spoke: Promise.resolve() })).toBe('timeout');
    expect(app.probes()).toBeGreaterThan(3);
  });
});
