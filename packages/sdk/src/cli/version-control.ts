import { chmod, rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { Deployment } from '@smartapiforge/deployers';
import { ForgeError } from '@smartapiforge/errors';
import { failureCode } from '../errors.js';
import type { Forge } from '../forge-types.js';

/**
 * A local deployment lives inside the `forge generate` process that made it, so `forge change` in
 * another terminal asks that process, over a Unix socket only its user can open, to switch the
 * deployment to the project's new version.
 */
export async function serveVersionSwitches(
  socketPath: string,
  forge: Forge,
  deploymentId: string,
): Promise<{ close(): Promise<void> }> {
  await rm(socketPath, { force: true });
  const server = createServer((req, res) => {
    const answer = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method !== 'POST' || req.url !== '/versions') return answer(404, { code: 'not_found' });
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const projectDir = (JSON.parse(text || '{}') as { projectDir?: unknown }).projectDir;
      if (typeof projectDir !== 'string')
        return answer(400, { code: 'invalid_option', message: 'projectDir is required' });
      forge.redeploy(deploymentId, projectDir).then(
        (deployment) => answer(200, { deployment }),
        (error: unknown) =>
          answer(409, {
            code: failureCode(error),
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  await chmod(socketPath, 0o600);
  return {
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(socketPath, { force: true });
    },
  };
}

/** Asks the process serving a deployment to switch it to the project in `projectDir`. */
export async function requestVersionSwitch(
  socketPath: string,
  projectDir: string,
  signal?: AbortSignal,
): Promise<Deployment> {
  const body = await new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        socketPath,
        path: '/versions',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        signal,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ projectDir }));
  });
  if (body.status === 200) return body.json['deployment'] as Deployment;
  throw new ForgeError(
    typeof body.json['code'] === 'string' ? body.json['code'] : 'deploy_failed',
    `The forge process serving this project could not switch to the new version: ${String(body.json['message'] ?? body.status)}`,
  );
}
