import type { IncomingMessage } from 'node:http';
import type { Forge } from '@smartapiforge/sdk';
import { badRequest, notFound, tooManyRequests } from '../errors.js';
import { generateApiSteps } from '../jobs/generate-api.js';
import type { Job, JobLimits, Project, Store } from '../store/store.js';
import { parseGenerateRequest } from './generate-request.js';
import { readJson } from './read-json.js';
import type { RequestContext, Route } from './router.js';
import { tarGz } from './tarball.js';

export interface ApiDependencies {
  readonly store: Store;
  /** Starts a created job: on the embedded runner, or by sending its event to Inngest. */
  readonly dispatch: (job: Job) => Promise<void>;
  readonly forge: Forge;
  readonly limits: JobLimits;
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

const secondsToUtcMidnight = (now = new Date()) =>
  Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000);

const projectView = (project: Omit<Project, 'files' | 'openapi' | 'design'>) => ({
  id: project.id,
  name: project.name,
  jobId: project.jobId,
  createdAt: project.createdAt,
  deployment: project.deployment && {
    url: project.deployment.url,
    docsUrl: project.deployment.docsUrl,
    openapiUrl: project.deployment.openapiUrl,
  },
  links: { self: `/v1/projects/${project.id}`, files: `/v1/projects/${project.id}/files.tar.gz` },
});

/** The /v1 REST routes. Every one acts as the authenticated caller, so RLS scopes what it can reach. */
export function apiRoutes(deps: ApiDependencies): Route[] {
  const { store } = deps;
  return [
    {
      method: 'POST',
      path: '/v1/generate',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        const input = parseGenerateRequest(await readJson(ctx.req));
        const created = await store.createJob(owner, input, deps.limits);
        if (!created.ok)
          throw created.limit === 'jobs-per-day'
            ? tooManyRequests(
                'quota_jobs_per_day',
                `The daily quota of ${deps.limits.jobsPerDay} jobs is used up.`,
                secondsToUtcMidnight(),
              )
            : tooManyRequests(
                'quota_concurrent_jobs',
                `At most ${deps.limits.concurrentJobs} jobs may run at once; wait for one to finish.`,
                10,
              );
        await deps.dispatch(created.job);
        sendJson(
          ctx,
          202,
          { jobId: created.job.id, links: jobLinks(created.job.id) },
          { location: `/v1/jobs/${created.job.id}` },
        );
      },
    },
    {
      method: 'GET',
      path: '/v1/jobs/:id',
      async handle(ctx) {
        const job = await store.getJob(await deps.caller(ctx.req), ctx.params.id!);
        if (!job) throw notFound(`Job ${ctx.params.id}`);
        sendJson(ctx, 200, {
          id: job.id,
          status: job.status,
          input: job.input,
          completedSteps: generateApiSteps.map((step) => step.id).filter((step) => step in job.steps),
          error: job.error,
          projectId: job.projectId,
          createdAt: job.createdAt,
          finishedAt: job.finishedAt,
          links: jobLinks(job.id),
        });
      },
    },
    {
      method: 'GET',
      path: '/v1/projects',
      async handle(ctx) {
        const projects = await store.listProjects(await deps.caller(ctx.req));
        sendJson(ctx, 200, { projects: projects.map(projectView) });
      },
    },
    {
      method: 'GET',
      path: '/v1/projects/:id',
      async handle(ctx) {
        const project = await store.getProject(await deps.caller(ctx.req), ctx.params.id!);
        if (!project) throw notFound(`Project ${ctx.params.id}`);
        sendJson(ctx, 200, {
          ...projectView(project),
          spec: project.openapi,
          files: Object.keys(project.files).sort(),
        });
      },
    },
    {
      method: 'GET',
      path: '/v1/projects/:id/files.tar.gz',
      async handle(ctx) {
        const project = await store.getProject(await deps.caller(ctx.req), ctx.params.id!);
        if (!project) throw notFound(`Project ${ctx.params.id}`);
        ctx.res.writeHead(200, {
          'content-type': 'application/gzip',
          'content-disposition': `attachment; filename="${project.name}.tar.gz"`,
        });
        ctx.res.end(tarGz(project.name, project.files, project.createdAt));
      },
    },
    {
      method: 'DELETE',
      path: '/v1/projects/:id',
      async handle(ctx) {
        const project = await store.deleteProject(await deps.caller(ctx.req), ctx.params.id!);
        if (!project) throw notFound(`Project ${ctx.params.id}`);
        if (project.deployment) await deps.forge.stop(project.deployment.id);
        ctx.res.writeHead(204).end();
      },
    },
    {
      method: 'POST',
      path: '/v1/api-keys',
      async handle(ctx) {
        const owner = await deps.caller(ctx.req);
        const { name = 'api key' } = await readJson(ctx.req);
        if (typeof name !== 'string' || name.length > 100)
          throw badRequest('`name` must be a string of at most 100 characters.');
        sendJson(ctx, 201, await store.createApiKey(owner, name));
      },
    },
  ];
}

const jobLinks = (id: string) => ({
  self: `/v1/jobs/${id}`,
  events: `/v1/jobs/${id}/events`,
  websocket: `/ws/jobs/${id}`,
});
