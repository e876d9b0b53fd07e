import type { IncomingMessage } from 'node:http';
import { badRequest } from '../errors.js';
import type { ChangeRequest } from '../service/changes-service.js';
import type { Service } from '../service/service.js';
import { jobLinks } from '../service/views.js';
import { parseGenerateRequest } from './generate-request.js';
import { readJson } from './read-json.js';
import type { RequestContext, Route } from './router.js';

export interface ApiDependencies {
  /** The service layer the tRPC router calls too. */
  readonly service: Service;
  /** Resolves the caller (and applies rate limits); throws a ServerError otherwise. */
  readonly caller: (req: IncomingMessage) => Promise<string>;
}

export function sendJson(
  ctx: RequestContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  ctx.res.writeHead(status, { 'content-type': 'application/json', ...headers });
  ctx.res.end(JSON.stringify(body));
}

/** The body of POST /v1/projects/:id/changes; the service checks the request and flags themselves. */
function parseChangeBody(body: Record<string, unknown>): ChangeRequest & { dryRun?: boolean } {
  if (body.dryRun !== undefined && typeof body.dryRun !== 'boolean')
    throw badRequest('`dryRun` must be true or false.');
  return body as unknown as ChangeRequest & { dryRun?: boolean };
}

/** Answers holding secrets (keys, credentials, tokens) must not be kept by any cache. */
const noStore = { 'cache-control': 'no-store' };

/** The /v1 REST routes. Every one acts as the authenticated caller, so RLS scopes what it can reach. */
export function apiRoutes(deps: ApiDependencies): Route[] {
  const { service } = deps;
  return [
    {
      method: 'POST',
      path: '/v1/generate',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        const input = parseGenerateRequest(await readJson(ctx.req));
        const job = await service.jobs.start(owner, input);
        sendJson(ctx, 202, { jobId: job.id, links: jobLinks(job.id) }, { location: `/v1/jobs/${job.id}` });
      },
    },
    {
      method: 'GET',
      path: '/v1/jobs/:id',
      async handle(ctx) {
        sendJson(ctx, 200, await service.jobs.get(await deps.caller(ctx.req), ctx.params.id!));
      },
    },
    {
      method: 'GET',
      path: '/v1/projects',
      async handle(ctx) {
        sendJson(ctx, 200, { projects: await service.projects.list(await deps.caller(ctx.req)) });
      },
    },
    {
      method: 'GET',
      path: '/v1/projects/:id',
      async handle(ctx) {
        sendJson(ctx, 200, await service.projects.get(await deps.caller(ctx.req), ctx.params.id!));
      },
    },
    {
      method: 'GET',
      path: '/v1/projects/:id/files.tar.gz',
      async handle(ctx) {
        const archive = await service.projects.archive(await deps.caller(ctx.req), ctx.params.id!);
        ctx.res.writeHead(200, {
          'content-type': 'application/gzip',
          'content-disposition': `attachment; filename="${archive.filename}"`,
        });
        ctx.res.end(archive.bytes);
      },
    },
    {
      method: 'DELETE',
      path: '/v1/projects/:id',
      async handle(ctx) {
        await service.projects.delete(await deps.caller(ctx.req), ctx.params.id!);
        ctx.res.writeHead(204).end();
      },
    },
    {
      // A change request: previewed (dryRun: true, 200 with the diff) or started as a job (202).
      method: 'POST',
      path: '/v1/projects/:id/changes',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        const body = parseChangeBody(await readJson(ctx.req));
        if (body.dryRun === true) {
          sendJson(ctx, 200, await service.changes.preview(owner, ctx.params.id!, body));
          return;
        }
        const { job, preview } = await service.changes.start(owner, ctx.params.id!, body);
        sendJson(
          ctx,
          202,
          { jobId: job.id, version: preview.version, diff: preview.diff, links: jobLinks(job.id) },
          { location: `/v1/jobs/${job.id}` },
        );
      },
    },
    {
      method: 'GET',
      path: '/v1/projects/:id/versions',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        sendJson(ctx, 200, { versions: await service.changes.versions(owner, ctx.params.id!) });
      },
    },
    {
      method: 'POST',
      path: '/v1/api-keys',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        const { name = 'api key' } = await readJson(ctx.req);
        if (typeof name !== 'string') throw badRequest('`name` must be a string of at most 100 characters.');
        sendJson(ctx, 201, await service.account.createApiKey(owner, name), noStore);
      },
    },
    {
      method: 'GET',
      path: '/v1/api-keys',
      async handle(ctx) {
        sendJson(ctx, 200, { apiKeys: await service.account.listApiKeys(await deps.caller(ctx.req)) });
      },
    },
    {
      method: 'DELETE',
      path: '/v1/api-keys/:id',
      async handle(ctx) {
        await service.account.revokeApiKey(await deps.caller(ctx.req), ctx.params.id!);
        ctx.res.writeHead(204).end();
      },
    },
    {
      method: 'GET',
      path: '/v1/projects/:id/credentials',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        sendJson(ctx, 200, await service.credentials.get(owner, ctx.params.id!), noStore);
      },
    },
    {
      method: 'POST',
      path: '/v1/projects/:id/tokens',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        const request = await readJson(ctx.req);
        sendJson(ctx, 201, await service.credentials.mintToken(owner, ctx.params.id!, request), noStore);
      },
    },
  ];
}
