import { tracked } from '@trpc/server';
import { z } from 'zod';
import { authedProcedure, router } from './init.js';

const id = z.uuid();

/** What a new API is made from: a plain-language request, or an ApiDesign (skips planning). */
const startInput = z
  .object({
    prompt: z.string().trim().min(1).max(4000).optional(),
    design: z.record(z.string(), z.unknown()).optional(),
    stack: z.literal('express').default('express'),
    test: z.boolean().default(true),
    deploy: z.boolean().default(true),
  })
  .refine((input) => (input.prompt === undefined) !== (input.design === undefined), {
    message: 'Send exactly one of `prompt` or `design`.',
  });

const jobs = router({
  /** Starts generate-api under the caller's quotas. */
  start: authedProcedure.input(startInput).mutation(async ({ ctx, input }) => {
    const { prompt, design, ...options } = input;
    const job = await ctx.service.jobs.start(
      ctx.ownerId,
      prompt === undefined ? { design, ...options } : { prompt, ...options },
    );
    return { jobId: job.id };
  }),
  get: authedProcedure
    .input(z.object({ jobId: id }))
    .query(({ ctx, input }) => ctx.service.jobs.get(ctx.ownerId, input.jobId)),
  /**
   * The job's events, replayed from the start (or after the last one the client saw, which tRPC's
   * EventSource link sends by itself on reconnect) and then live, ending after the final event.
   */
  events: authedProcedure
    .input(z.object({ jobId: id, lastEventId: z.string().regex(/^\d+$/).nullish() }))
    .subscription(async ({ ctx, input, signal }) => {
      // Checked before the stream starts, so a stranger's job is a NOT_FOUND, not an empty stream.
      await ctx.service.jobs.get(ctx.ownerId, input.jobId);
      const events = ctx.service.jobs.events(
        ctx.ownerId,
        input.jobId,
        Number(input.lastEventId ?? 0),
        signal ?? new AbortController().signal,
      );
      return (async function* () {
        for await (const stored of events) yield tracked(String(stored.id), stored.event);
      })();
    }),
  /** Every event stored so far and the per-test results: a finished job's report. */
  history: authedProcedure
    .input(z.object({ jobId: id }))
    .query(({ ctx, input }) => ctx.service.jobs.report(ctx.ownerId, input.jobId)),
});

/** A change request to a project, in words, and the flags that let breaking or destructive changes through. */
const changeInput = z.object({
  projectId: id,
  request: z.string().trim().min(1).max(4000),
  allowBreaking: z.boolean().default(false),
  allowDestructive: z.boolean().default(false),
  test: z.boolean().default(true),
});

const changes = router({
  /** The classified contract diff, next version, migration and needed flags; nothing is applied. */
  preview: authedProcedure
    .input(changeInput.pick({ projectId: true, request: true }))
    .query(({ ctx, input }) =>
      ctx.service.changes.preview(ctx.ownerId, input.projectId, { request: input.request }),
    ),
  /** Starts the change job (refusals answer at once); follow it with jobs.events like generate. */
  create: authedProcedure.input(changeInput).mutation(async ({ ctx, input }) => {
    const { projectId, ...change } = input;
    const { job, preview } = await ctx.service.changes.start(ctx.ownerId, projectId, change);
    return { jobId: job.id, version: preview.version, diff: preview.diff };
  }),
});

const versions = router({
  /** The project's versions, oldest first, each with its contract and diff against the one before. */
  list: authedProcedure
    .input(z.object({ projectId: id }))
    .query(({ ctx, input }) => ctx.service.changes.versions(ctx.ownerId, input.projectId)),
});

const projects = router({
  changes,
  versions,
  list: authedProcedure.query(({ ctx }) => ctx.service.projects.list(ctx.ownerId)),
  get: authedProcedure
    .input(z.object({ projectId: id }))
    .query(({ ctx, input }) => ctx.service.projects.get(ctx.ownerId, input.projectId)),
  file: authedProcedure
    .input(z.object({ projectId: id, path: z.string().min(1).max(500) }))
    .query(({ ctx, input }) => ctx.service.projects.file(ctx.ownerId, input.projectId, input.path)),
  delete: authedProcedure.input(z.object({ projectId: id })).mutation(async ({ ctx, input }) => {
    await ctx.service.projects.delete(ctx.ownerId, input.projectId);
    return { deleted: input.projectId };
  }),
});

const deployments = router({
  /** Probes the project's live API now; null when the project was not deployed. */
  health: authedProcedure
    .input(z.object({ projectId: id }))
    .query(({ ctx, input }) => ctx.service.projects.health(ctx.ownerId, input.projectId)),
  /** How to call a live API that requires auth: header and two users' tokens (never its secret). */
  credentials: authedProcedure
    .input(z.object({ projectId: id }))
    .query(({ ctx, input }) => ctx.service.credentials.get(ctx.ownerId, input.projectId)),
  /** A fresh bearer token for a live JWT API. */
  mintToken: authedProcedure
    .input(
      z.object({
        projectId: id,
        subject: z.uuid().optional(),
        expiresInSeconds: z
          .number()
          .int()
          .min(60)
          .max(30 * 24 * 3600)
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { projectId, ...request } = input;
      return ctx.service.credentials.mintToken(ctx.ownerId, projectId, request);
    }),
});

const apiKeys = router({
  create: authedProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(({ ctx, input }) => ctx.service.account.createApiKey(ctx.ownerId, input.name)),
  list: authedProcedure.query(({ ctx }) => ctx.service.account.listApiKeys(ctx.ownerId)),
  revoke: authedProcedure.input(z.object({ keyId: id })).mutation(async ({ ctx, input }) => {
    await ctx.service.account.revokeApiKey(ctx.ownerId, input.keyId);
    return { revoked: input.keyId };
  }),
});

const usage = router({
  get: authedProcedure.query(({ ctx }) => ctx.service.account.usage(ctx.ownerId)),
});

/** The reference server's tRPC API, served on /trpc beside the REST API. */
export const appRouter = router({ jobs, projects, deployments, apiKeys, usage });

/** The router's type, which typed clients (the web app) import; nothing else of the server is shared. */
export type AppRouter = typeof appRouter;
