/** This server's own OpenAPI 3.1 contract, served at /openapi.json and rendered at /docs. */
const problem = { $ref: '#/components/responses/Problem' };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const secured = [{ bearer: [] }, { apiKey: [] }];
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'SmartAPIForge reference server',
    version: '0.1.0',
    description:
      'Turns a plain-language prompt into a tested, live REST API. Errors are RFC 9457 problem+json.',
  },
  components: {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A Supabase access token.',
      },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    },
    responses: {
      Problem: {
        description: 'An RFC 9457 problem; 429s carry Retry-After.',
        content: {
          'application/problem+json': {
            schema: {
              type: 'object',
              required: ['type', 'title', 'status', 'code'],
              properties: {
                type: { type: 'string' },
                title: { type: 'string' },
                status: { type: 'integer' },
                detail: { type: 'string' },
                instance: { type: 'string' },
                code: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
  paths: {
    '/v1/generate': {
      post: {
        summary: 'Start a job that generates, tests and deploys an API.',
        security: secured,
        requestBody: json({
          type: 'object',
          properties: {
            prompt: { type: 'string', maxLength: 4000 },
            spec: { type: 'object', description: 'An ApiDesign document, instead of a prompt.' },
            stack: { type: 'string', enum: ['express'], default: 'express' },
            deploy: { type: 'boolean', default: true },
            test: { type: 'boolean', default: true },
          },
        }),
        responses: {
          '202': {
            description: 'Accepted',
            ...json({ type: 'object', properties: { jobId: { type: 'string' } } }),
          },
          default: problem,
        },
      },
    },
    '/v1/jobs/{id}': {
      get: {
        summary: 'A job and its finished steps.',
        security: secured,
        parameters: [id],
        responses: { '200': { description: 'The job', ...json({ type: 'object' }) }, default: problem },
      },
    },
    '/v1/jobs/{id}/events': {
      get: {
        summary: "The job's progress events as Server-Sent Events; resumes after Last-Event-ID.",
        security: secured,
        parameters: [id, { name: 'Last-Event-ID', in: 'header', schema: { type: 'integer' } }],
        responses: {
          '200': { description: 'Event stream', content: { 'text/event-stream': {} } },
          default: problem,
        },
      },
    },
    '/ws/jobs/{id}': {
      get: {
        summary: 'WebSocket twin of /v1/jobs/{id}/events: messages `{ id, event }`; `?lastEventId=` resumes.',
        security: secured,
        parameters: [id, { name: 'lastEventId', in: 'query', schema: { type: 'integer' } }],
        responses: { '101': { description: 'Switching protocols' }, default: problem },
      },
    },
    '/v1/projects': {
      get: {
        summary: "The caller's projects, newest first.",
        security: secured,
        responses: { '200': { description: 'Projects', ...json({ type: 'object' }) }, default: problem },
      },
    },
    '/v1/projects/{id}': {
      get: {
        summary: 'A project: OpenAPI spec, file list, deployment URLs.',
        security: secured,
        parameters: [id],
        responses: { '200': { description: 'The project', ...json({ type: 'object' }) }, default: problem },
      },
      delete: {
        summary: 'Delete a project and stop its deployment.',
        security: secured,
        parameters: [id],
        responses: { '204': { description: 'Deleted' }, default: problem },
      },
    },
    '/v1/projects/{id}/files.tar.gz': {
      get: {
        summary: "The project's files as a gzipped tarball.",
        security: secured,
        parameters: [id],
        responses: {
          '200': { description: 'Tarball', content: { 'application/gzip': {} } },
          default: problem,
        },
      },
    },
    '/v1/api-keys': {
      post: {
        summary: 'Create an API key; the secret is returned once and stored only as a hash.',
        security: secured,
        requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }),
        responses: { '201': { description: 'Created', ...json({ type: 'object' }) }, default: problem },
      },
    },
    '/healthz': {
      get: {
        summary: 'Liveness, database reachability and job load.',
        responses: { '200': { description: 'Healthy' }, default: problem },
      },
    },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics.',
        responses: { '200': { description: 'Metrics', content: { 'text/plain': {} } } },
      },
    },
    '/openapi.json': {
      get: { summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1' } } },
    },
    '/docs': {
      get: { summary: 'Swagger UI for this document.', responses: { '200': { description: 'HTML' } } },
    },
    '/': {
      get: {
        summary: 'The web page: sign in, enter a prompt and watch the stages live.',
        responses: { '200': { description: 'HTML' } },
      },
    },
    '/config.json': {
      get: {
        summary: "The web page's sign-in settings: the Supabase project for magic links, or null.",
        responses: {
          '200': {
            description: 'Config',
            ...json({
              type: 'object',
              required: ['supabase'],
              properties: {
                supabase: {
                  oneOf: [
                    {
                      type: 'object',
                      required: ['url', 'anonKey'],
                      properties: { url: { type: 'string', format: 'uri' }, anonKey: { type: 'string' } },
                    },
                    { type: 'null' },
                  ],
                },
              },
            }),
          },
        },
      },
    },
    '/vendor/supabase.js': {
      get: {
        summary: "supabase-js's browser bundle, from the installed package (the page loads no CDN).",
        responses: { '200': { description: 'JavaScript', content: { 'text/javascript': {} } } },
      },
    },
  },
} as const;
