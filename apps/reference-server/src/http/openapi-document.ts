/** This server's own OpenAPI 3.1 contract, served at /openapi.json and rendered at /docs. */
const problem = { $ref: '#/components/responses/Problem' };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const secured = [{ bearer: [] }, { apiKey: [] }];
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
/** Resume points: event ids are PostgreSQL integers; a stream resumed at or past a finished job's end closes. */
const eventId = { type: 'integer', minimum: 0, maximum: 2147483647 };

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
        description:
          '429 problems name the limit hit: `quota_jobs_per_day`, `quota_concurrent_jobs`, ' +
          '`quota_live_deployments` (live deployments per user, deploying jobs included) or `rate_limited`. ' +
          'Strings may not hold NUL or lone surrogates, and bodies nest at most 64 levels (400 otherwise).',
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
        parameters: [id, { name: 'Last-Event-ID', in: 'header', schema: eventId }],
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
        parameters: [id, { name: 'lastEventId', in: 'query', schema: eventId }],
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
    '/v1/projects/{id}/changes': {
      post: {
        summary:
          'A change request to the project, in words. With dryRun: true, answers 200 with what it would do (the contract diff with each change marked breaking or not, the next version, the migration, and the flags applying it needs) and changes nothing. Otherwise checks the same at once (409 breaking_change_refused / destructive_change_refused naming the flag; 422 change_* with what was understood; 409 change_in_progress) and answers 202 with a job: followed like a generate job, it switches the live deployment to the new version behind the same URL with its data kept, and records the version.',
        security: secured,
        parameters: [id],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['request'],
            additionalProperties: false,
            properties: {
              request: { type: 'string', minLength: 1, maxLength: 4000 },
              allowBreaking: { type: 'boolean', default: false },
              allowDestructive: { type: 'boolean', default: false },
              dryRun: { type: 'boolean', default: false },
              test: { type: 'boolean', default: true },
            },
          }),
        },
        responses: {
          '200': { description: 'The preview (dryRun)', ...json({ type: 'object' }) },
          '202': { description: 'The change job started', ...json({ type: 'object' }) },
          default: problem,
        },
      },
    },
    '/v1/projects/{id}/versions': {
      get: {
        summary:
          "The project's versions, oldest first: each one's number (semver), request, contract, diff against the one before ({ breaking, changes[] }) and migration, and when it was made.",
        security: secured,
        parameters: [id],
        responses: { '200': { description: 'Versions', ...json({ type: 'object' }) }, default: problem },
      },
    },
    '/v1/projects/{id}/credentials': {
      get: {
        summary:
          "For the project's owner only: what its live deployment's API accepts when it requires auth (two users' bearer tokens or API keys, and the header to send them in). 404 when it has no live deployment or needs no auth.",
        security: secured,
        parameters: [id],
        responses: {
          '200': {
            description: 'Credentials (Cache-Control: no-store)',
            ...json({
              type: 'object',
              required: ['type', 'header', 'tokens', 'links'],
              properties: {
                type: { type: 'string', enum: ['bearer-jwt', 'api-key'] },
                header: { type: 'string' },
                tokens: { type: 'array', items: { type: 'string' } },
                links: { type: 'object', properties: { tokens: { type: 'string' } } },
              },
            }),
          },
          default: problem,
        },
      },
    },
    '/v1/projects/{id}/tokens': {
      post: {
        summary:
          "For the project's owner only: a new bearer token for its deployed JWT API, signed with the deployment's secret (409 for an API-key API).",
        security: secured,
        parameters: [id],
        requestBody: json({
          type: 'object',
          properties: {
            subject: {
              type: 'string',
              format: 'uuid',
              description: 'The user the API sees; default a new id.',
            },
            expiresInSeconds: { type: 'integer', minimum: 60, maximum: 2592000, default: 3600 },
          },
        }),
        responses: {
          '201': {
            description: 'The token (Cache-Control: no-store)',
            ...json({
              type: 'object',
              required: ['token', 'subject', 'header', 'expiresAt'],
              properties: {
                token: { type: 'string' },
                subject: { type: 'string', format: 'uuid' },
                header: { type: 'string' },
                expiresAt: { type: 'string', format: 'date-time' },
              },
            }),
          },
          default: problem,
        },
      },
    },
    '/v1/api-keys': {
      get: {
        summary: "The caller's API keys, revoked ones included; never their secrets.",
        security: secured,
        responses: {
          '200': {
            description: 'API keys',
            ...json({
              type: 'object',
              required: ['apiKeys'],
              properties: {
                apiKeys: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'name', 'prefix', 'createdAt', 'revokedAt'],
                    properties: {
                      id: { type: 'string', format: 'uuid' },
                      name: { type: 'string' },
                      prefix: { type: 'string' },
                      createdAt: { type: 'string', format: 'date-time' },
                      revokedAt: { type: ['string', 'null'], format: 'date-time' },
                    },
                  },
                },
              },
            }),
          },
          default: problem,
        },
      },
      post: {
        summary: 'Create an API key; the secret is returned once and stored only as a hash.',
        security: secured,
        requestBody: json({ type: 'object', properties: { name: { type: 'string', maxLength: 100 } } }),
        responses: { '201': { description: 'Created', ...json({ type: 'object' }) }, default: problem },
      },
    },
    '/v1/api-keys/{id}': {
      delete: {
        summary: "Revoke an API key: it is refused from then on. 404 if not the caller's or already revoked.",
        security: secured,
        parameters: [id],
        responses: { '204': { description: 'Revoked' }, default: problem },
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
