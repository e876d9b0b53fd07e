import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeployableProject } from '../deployer.js';

/**
 * A dependency-free node HTTP API, the smallest thing a Deployer can run: `/healthz`, `/openapi.json`,
 * `/docs`, `/hello` (answers with the API's name and whether the build ran) and `/crash` (exits the
 * process with code 1, for restart tests). `BROKEN_OPENAPI=1` in its env makes `/openapi.json` answer 500.
 * With `dataDir`, `/visits` counts calls in a file of the folder `DATA_DIR` names (kept data).
 * It prints `serving <name>` when it starts. `server.mjs` serves it as a long-lived process;
 * `api/index.mjs` with `vercel.json` as a serverless function.
 */
const APP_SOURCE = `import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const name = process.env.API_NAME;
const label = process.env.API_LABEL;
function visit() {
  if (!process.env.DATA_DIR) return [404, { error: 'no DATA_DIR' }];
  const file = process.env.DATA_DIR + '/visits';
  const visits = (existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0) + 1;
  writeFileSync(file, String(visits));
  return [200, { visits }];
}
const routes = {
  '/healthz': () => [200, { status: 'ok' }],
  '/openapi.json': () =>
    process.env.BROKEN_OPENAPI === '1' ? [500, { error: 'broken' }] : [200, { openapi: '3.1.0', info: { title: name, version: '1.0.0' }, paths: {} }],
  '/docs': () => [200, { docs: 'swagger-ui placeholder' }],
  '/hello': () => [200, { name, built: existsSync('build-stamp.txt'), label }],
  '/visits': visit,
};
console.log('serving ' + name);

export function handle(req, res) {
  if (req.url === '/crash') {
    console.error('crashing on request');
    res.end();
    process.exit(1);
  }
  const [status, body] = routes[req.url]?.() ?? [404, { error: 'not found' }];
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
`;

const SERVER_SOURCE = `import { createServer } from 'node:http';
import { handle } from './app.mjs';

createServer(handle).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on ' + process.env.PORT));
`;

const FUNCTION_SOURCE = `export { handle as default } from '../app.mjs';
`;

const VERCEL_JSON = {
  functions: { 'api/index.mjs': { includeFiles: 'build-stamp.txt' } },
  rewrites: [{ source: '/(.*)', destination: '/api' }],
};

/** Writes the fixture API into `dir` and describes it as a DeployableProject. */
export async function writeFixtureProject(
  dir: string,
  {
    name = 'fixture-api',
    build = true,
    label,
    dataDir = false,
  }: {
    name?: string;
    build?: boolean;
    /** Answered by `/hello`, to tell versions of one deployment apart. */
    label?: string;
    /** Keep `/visits` in the folder the deployer names in `DATA_DIR`. */
    dataDir?: boolean;
  } = {},
): Promise<DeployableProject> {
  await mkdir(join(dir, 'api'), { recursive: true });
  await writeFile(
    join(dir, 'app.mjs'),
    APP_SOURCE.replace('process.env.API_NAME', JSON.stringify(name)).replace(
      'process.env.API_LABEL',
      label === undefined ? 'undefined' : JSON.stringify(label),
    ),
  );
  await writeFile(join(dir, 'server.mjs'), SERVER_SOURCE);
  await writeFile(join(dir, 'api', 'index.mjs'), FUNCTION_SOURCE);
  await writeFile(join(dir, 'vercel.json'), `${JSON.stringify(VERCEL_JSON, null, 2)}\n`);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, type: 'module', private: true }));
  return {
    name,
    dir,
    stack: 'node',
    ...(build
      ? { build: { command: 'sh', args: ['-c', 'echo building; echo built > build-stamp.txt'] } }
      : {}),
    start: { command: 'node', args: ['server.mjs'] },
    ...(dataDir ? { dataDir: { env: 'DATA_DIR' } } : {}),
  };
}
