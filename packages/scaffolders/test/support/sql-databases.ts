import { createConnection } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDependencyCache } from '../../src/index.js';

/** The little of a database the migration tests need, the same on PGlite and PostgreSQL. */
export interface TestDatabase {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the machine's PostgreSQL answers; CI starts it. */
export async function postgresReachable(): Promise<boolean> {
  const url = new URL(postgresUrl);
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 5432) });
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

// The drivers generated projects use, loaded from the Express dependency cache the projects link.
async function driver<T>(name: string, entry: string): Promise<T> {
  const { nodeModulesDir } = await ensureDependencyCache('express');
  return (await import(pathToFileURL(path.join(nodeModulesDir, name, entry)).href)) as T;
}

export async function openPglite(): Promise<TestDatabase> {
  interface PGlite {
    query(text: string, params: unknown[]): Promise<{ rows: unknown[] }>;
    exec(text: string): Promise<unknown>;
    close(): Promise<void>;
  }
  const { PGlite } = await driver<{ PGlite: { create(): Promise<PGlite> } }>(
    '@electric-sql/pglite',
    'dist/index.js',
  );
  const db = await PGlite.create();
  return {
    query: async (text, params = []) => (await db.query(text, params)).rows as never,
    exec: async (text) => void (await db.exec(text)),
    close: () => db.close(),
  };
}

/** A connection whose tables live in a schema of their own, dropped on close. */
export async function openPostgresSchema(schema: string): Promise<TestDatabase> {
  interface Client {
    connect(): Promise<void>;
    query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
    end(): Promise<void>;
  }
  type Pg = { Client: new (options: { connectionString: string }) => Client };
  const pg = (await driver<{ default: Pg }>('pg', 'esm/index.mjs')).default;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(
    `DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"; SET search_path = "${schema}"`,
  );
  return {
    query: async (text, params = []) => (await client.query(text, params)).rows as never,
    exec: async (text) => void (await client.query(text)),
    close: async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
