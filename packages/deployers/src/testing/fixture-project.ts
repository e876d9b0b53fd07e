import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeployableProject } from '../deployer.js';

/**
 * A dependency-free node HTTP API, the smallest thing a Deployer can run: `/healthz`, `/openapi.json`,
 * `/docs`, `/hello` (answers with the API's name and whether the build ran) and `/crash` (exits the
 * process with code 1, for restart tests). `BROKEN_OPENAPI=1` in its env makes `/openapi.json` answer 500.
 */
const SERVER_SOURCE = `import { createServer } from 'node:http';
import { existsSync } from 'node:fs';

const name = process.env.API_NAME;
const routes = {
  '/healthz': () => [200, { status: 'ok' }],
  '/openapi.json': () =>
    process.env.BROKEN_OPENAPI === '1' ? [500, { error: 'broken' }] : [200, { openapi: '3.1.0', info: { title: name, version: '1.0.0' }, paths: {} }],
  '/docs': () => [200, { docs: 'swagger-ui placeholder' }],
  '/hello': () => [200, { name, built: existsSync('build-stamp.txt') }],
};
createServer((req, res) => {
  if (req.url === '/crash') {
    console.error('crashing on request');
    res.end();
    process.exit(1);
  }
  const [status, body] = routes[req.url]?.() ?? [404, { error: 'not found' }];
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on ' + process.env.PORT));
`;

/** Writes the fixture API into `dir` and describes it as a DeployableProject. */
export async function writeFixtureProject(
  dir: string,
  { name = 'fixture-api', build = true }: { name?: string; build?: boolean } = {},
): Promise<DeployableProject> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'server.mjs'),
    SERVER_SOURCE.replace('process.env.API_NAME', JSON.stringify(name)),
  );
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, type: 'module', private: true }));
  return {
    name,
    dir,
    stack: 'node',
    ...(build
      ? { build: { command: 'sh', args: ['-c', 'echo building; echo built > build-stamp.txt'] } }
      : {}),
    start: { command: 'node', args: ['server.mjs'] },
  };
}
