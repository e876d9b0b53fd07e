import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll } from 'vitest';
import { WebSocket } from 'ws';
import type { Database } from '../src/store/database.js';
import { createReferenceServer, type ReferenceServerOptions } from '../src/server.js';
import { freshPglite, type TestDatabase } from './databases.js';

export const jwtSecret = 'test-secret-that-is-at-least-32-bytes-long';

/** A Supabase-style access token for a new or given user. */
export async function tokenFor(userId: string = randomUUID()): Promise<string> {
  return new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setAudience('authenticated')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(jwtSecret));
}

/** Request options sending `token` as a bearer token (and a JSON content type) over `init`. */
export const as = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
});

/** Starts a server on a free loopback port with the test JWT secret. */
export async function startServer(db: Database, options: Partial<ReferenceServerOptions> = {}) {
  const app = createReferenceServer({
    db,
    auth: { jwtSecret, audience: 'authenticated' },
    workDir: await mkdtemp(path.join(os.tmpdir(), 'forge-server-test-')),
    ...options,
  });
  const url = await app.listen();
  return { app, url };
}

/**
 * A server on a fresh PGlite database for the enclosing `describe`: started before its tests, closed
 * and its database disposed after them. Its `url` is readable inside the tests.
 */
export function serverOnFreshPglite(): { readonly url: string } {
  let database: TestDatabase | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  beforeAll(async () => {
    database = await freshPglite();
    server = await startServer(database.db);
  });
  afterAll(async () => {
    await server?.app.close();
    await database?.dispose();
  });
  return {
    get url() {
      if (server === undefined)
        throw new Error('The server starts in beforeAll: read its url inside a test.');
      return server.url;
    },
  };
}

export interface StreamedEvent {
  readonly id: number;
  readonly event: { type: string; stage?: string; projectId?: string; durationMs?: number };
}

/** Collects a job's WebSocket messages until the server closes the socket. */
export function collectWebSocket(
  url: string,
  jobId: string,
  token: string,
  lastEventId = 0,
): Promise<StreamedEvent[]> {
  return new Promise((resolve, reject) => {
    const events: StreamedEvent[] = [];
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws/jobs/${jobId}?lastEventId=${lastEventId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    ws.on('message', (data) => events.push(JSON.parse(String(data)) as StreamedEvent));
    ws.on('close', () => resolve(events));
    ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.on('error', reject);
  });
}

/** Parses a whole Server-Sent Events response body. */
export function parseSse(text: string): StreamedEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const field = (name: string) =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))!
          .slice(name.length + 2);
      return { id: Number(field('id')), event: JSON.parse(field('data')) };
    });
}
