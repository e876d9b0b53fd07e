import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileOpenApi } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureRuntimeImage,
  runContractSuite,
  scaffoldFastapi,
  type Command,
  type ContractAuth,
  type GeneratedProject,
} from '../../src/index.js';
import { catalogDesign, fixtureDesigns } from '../fixtures/designs.js';
import { contractAuth, contractSecrets } from '../support/contract-auth.js';
import { expectPairCasesPassed } from '../support/pair-cases.js';
import { runtimeSandboxArgs } from '../support/runtime-sandbox.mjs';
import { freePort, missingFastapiTools, waitForHealth } from '../support/serve-project.js';
import { runInSandbox } from '../support/child-process.js';

const missing = missingFastapiTools;
if (missing.length > 0)
  console.warn(`skipping generated FastAPI project tests: ${missing.join(', ')} not installed`);

// The Express stack's fixtures, so the two stacks are proven equivalent on the same designs, plus
// one shape only the FastAPI generator needs (types read from the contract, pydantic name clashes).
const designs: typeof fixtureDesigns = { ...fixtureDesigns, catalog: { design: catalogDesign } };

// The machine's PostgreSQL (CI starts it): each run makes a database of its own there, applies the
// projects' migrations to it and drops it afterwards. Without it every project runs on SQLite only.
const postgresAdminUrl = new URL(
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
);
const postgresUp = await reachable(postgresAdminUrl);
if (!postgresUp)
  console.warn(
    `PostgreSQL is not reachable at ${postgresAdminUrl.host}: FastAPI projects run on SQLite only`,
  );
const testDatabase = `forge_fastapi_${process.pid}_${Date.now()}`;
const postgresUrl = Object.assign(new URL(postgresAdminUrl), { pathname: `/${testDatabase}` }).href;
// The server's Unix socket directory, where libpq's ?host= points; /var/run links to /run in the image.
const socketDir = process.env.TEST_DATABASE_SOCKET_DIR ?? '/var/run/postgresql';
const socketUp = postgresUp && existsSync(path.join(socketDir, `.s.PGSQL.${postgresAdminUrl.port || 5432}`));
// The contract suite runs against SQLite for these (the default configuration; one links pairs many to
// many), PostgreSQL for the rest.
const onSqlite = new Set(['library', 'catalog', 'courses-many-to-many']);

describe.skipIf(missing.length > 0)('generated FastAPI project', () => {
  let rootDir: string;
  let jwks: JwksProvider;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const started = performance.now();
    ({ rootDir } = await ensureRuntimeImage('python-fastapi', { onLog: (line) => console.info(line) }));
    timings.runtimeImageMs = Math.round(performance.now() - started);
    jwks = await startJwksProvider();
    if (postgresUp) await postgresSql(rootDir, `CREATE DATABASE "${testDatabase}"`);
  }, 900_000);

  afterAll(async () => {
    console.info('FastAPI e2e timings (ms)', timings);
    await new Promise((resolve) => jwks?.server.close(resolve));
    if (postgresUp && rootDir)
      await postgresSql(rootDir, `DROP DATABASE IF EXISTS "${testDatabase}" WITH (FORCE)`);
    // A sandboxed Python start plus DROP DATABASE can pass vitest's default 10 s on a busy machine.
  }, 60_000);

  // A URL naming a TCP host and, in ?host=, a socket directory means the socket (libpq's reading). With
  // no network in the sandbox, only the socket reaches the server: a read pool that took the URL's host
  // instead fails the suite's first read, where writes alone would pass.
  it.skipIf(!socketUp)(
    'reads and writes through a Unix socket named by ?host=, with no network',
    async () => {
      const { design } = fixtureDesigns.library!;
      const project = scaffoldFastapi(design, compileOpenApi(design));
      const dir = await mkdtemp(path.join(tmpdir(), 'forge-fastapi-socket-'));
      try {
        for (const [file, content] of Object.entries(project.files)) {
          await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
          await writeFile(path.join(dir, file), content);
        }
        const user = postgresAdminUrl.username || 'postgres';
        const url = `postgresql://${user}@localhost/${testDatabase}?host=/var/run/postgresql`;
        const test = await runInSandbox(
          runtimeSandboxArgs(rootDir, dir, project.commands.test, {
            env: { DATABASE_URL: url },
            binds: { '/run/postgresql': socketDir },
          }),
        );
        expect(test.output).toMatch(/\d+ passed/);
        expect(test.output).not.toMatch(/failed|error/i);
        expect(test.code).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  describe.each(Object.entries(designs))('%s', (name, fixture) => {
    const { design } = fixture;
    const contract = compileOpenApi(design);
    let project: GeneratedProject;
    let dir: string;

    beforeAll(async () => {
      const started = performance.now();
      project = scaffoldFastapi(design, contract);
      timings[`${name}.scaffoldMs`] = Math.round(performance.now() - started);
      dir = await mkdtemp(path.join(tmpdir(), `forge-fastapi-${name}-`));
      for (const [file, content] of Object.entries(project.files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
    });

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('byte-compiles and passes its own pytest suite in the sandbox, offline', async () => {
      const build = await runInSandbox(runtimeSandboxArgs(rootDir, dir, project.commands.build));
      expect(build.output).toBe('');
      expect(build.code).toBe(0);
      const started = performance.now();
      const test = await runInSandbox(runtimeSandboxArgs(rootDir, dir, project.commands.test));
      timings[`${name}.pytestMs`] = Math.round(performance.now() - started);
      expect(test.output).toMatch(/\d+ passed/);
      expect(test.output).not.toMatch(/failed|error/i);
      expect(test.code).toBe(0);
    }, 120_000);

    it.skipIf(!postgresUp)(
      'passes its own pytest suite on PostgreSQL, in a migrated schema',
      async () => {
        const started = performance.now();
        const test = await runInSandbox(
          onLoopback(rootDir, dir, project.commands.test, { DATABASE_URL: postgresUrl }),
        );
        timings[`${name}.pytestPostgresMs`] = Math.round(performance.now() - started);
        expect(test.output).toMatch(/\d+ passed/);
        expect(test.output).not.toMatch(/failed|error/i);
        expect(test.code).toBe(0);
      },
      120_000,
    );

    const database = onSqlite.has(name) || !postgresUp ? 'SQLite' : 'PostgreSQL';
    const jwt = design.auth.type === 'bearer-jwt';
    it(`serves its contract and docs, and passes the contract suite on loopback (${database}${jwt ? ', JWKS' : ''})`, async () => {
      const port = await freePort();
      const env: Record<string, string> = { ...contractSecrets };
      if (database === 'PostgreSQL')
        Object.assign(env, {
          DATABASE_URL: postgresUrl,
          DATABASE_SCHEMA: `contract_${name.replaceAll('-', '_')}`,
        });
      // Bearer projects verify the suite's tokens with keys fetched from a JWKS, as from Supabase.
      if (jwt) env.JWKS_URL = jwks.url;
      const started = performance.now();
      const server = spawn('bwrap', runtimeSandboxArgs(rootDir, dir, project.commands.start, { port, env }), {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      try {
        const base = `http://127.0.0.1:${port}`;
        await waitForHealth(`${base}/healthz`, server, () => log);
        timings[`${name}.firstResponseMs`] = Math.round(performance.now() - started);

        expect(await (await fetch(`${base}/openapi.json`)).json()).toEqual(contract);
        const docs = await fetch(`${base}/docs`);
        expect(docs.headers.get('content-type')).toMatch(/text\/html/);
        expect(await docs.text()).toContain(`<title>${design.title} – API docs</title>`);
        const css = await fetch(`${base}/docs/swagger-ui.css`);
        expect(css.headers.get('content-type')).toMatch(/text\/css/);
        // Served by python -m app, answers name no server software (uvicorn's "server" header is off).
        expect(css.headers.get('server')).toBeNull();
        expect(css.headers.get('x-content-type-options')).toBe('nosniff');

        const suiteStarted = performance.now();
        const auth: { auth?: ContractAuth } = jwt
          ? {
              auth: { tokens: [jwks.token('first-user'), jwks.token('second-user')] },
            }
          : contractAuth(design);
        const report = await runContractSuite({ openapi: contract, baseUrl: base, ...auth });
        timings[`${name}.contractMs`] = Math.round(performance.now() - suiteStarted);
        expect(report.cases.filter((item) => item.status === 'failed')).toEqual([]);
        expect(report.passed).toBeGreaterThan(5);
        expectPairCasesPassed(design, report);
      } finally {
        server.kill('SIGTERM');
        await new Promise((resolve) =>
          server.exitCode === null ? server.once('exit', resolve) : resolve(null),
        );
      }
    }, 60_000);
  });
});

/** The sandbox of `runtimeSandboxArgs`, but on the host's loopback (a port asks for it), where PostgreSQL listens. */
function onLoopback(rootDir: string, dir: string, command: Command, env: Record<string, string>): string[] {
  return runtimeSandboxArgs(rootDir, dir, command, { port: 0, env });
}

/** Runs one statement on the admin database with the runtime image's psycopg2: no PostgreSQL client is needed here. */
async function postgresSql(rootDir: string, statement: string): Promise<void> {
  const script =
    'import sys, psycopg2\nc = psycopg2.connect(sys.argv[1])\nc.autocommit = True\nc.cursor().execute(sys.argv[2])';
  const command = { command: 'python3', args: ['-c', script, postgresAdminUrl.href, statement] };
  const result = await runInSandbox(onLoopback(rootDir, tmpdir(), command, {}));
  if (result.code !== 0) throw new Error(`${statement} failed: ${result.output}`);
}

function reachable(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 5432) });
    const settle = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });
}

interface JwksProvider {
  readonly server: Server;
  readonly url: string;
  /** An RS256 token for `subject`, valid for ten minutes, signed by the published key. */
  token(subject: string): string;
}

/** An identity provider's JWKS endpoint on loopback, publishing one RSA key. */
async function startJwksProvider(): Promise<JwksProvider> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const body = JSON.stringify({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'contract-key', alg: 'RS256', use: 'sig' }],
  });
  const server = createHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    server,
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    token: (subject) => rs256Jwt(privateKey, subject),
  };
}

function rs256Jwt(key: KeyObject, subject: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { sub: subject, aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 600 };
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'contract-key' })}.${encode(claims)}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
}
