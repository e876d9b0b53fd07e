import { describe, expect, it } from 'vitest';
import { planContract } from './contract-plan.js';
import { importSpec } from './import-spec.js';
import { SpecImportError } from './spec-import-error.js';
import { storageName } from './storage-name.js';

const ok = (schema: object, status = '200') => ({
  [status]: { description: 'ok', content: { 'application/json': { schema } } },
});
const body = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// A Conduit-shaped contract: wrapped bodies, slug keys, a nested collection, local accounts, a custom action.
const conduit = {
  openapi: '3.0.3',
  info: { title: 'Conduit', version: '1.0.0' },
  servers: [{ url: 'https://api.example.com/api' }],
  components: {
    securitySchemes: { Token: { type: 'apiKey', in: 'header', name: 'Authorization' } },
    schemas: {
      User: {
        type: 'object',
        required: ['email', 'token', 'username'],
        properties: { email: { type: 'string' }, token: { type: 'string' }, username: { type: 'string' } },
      },
      NewUser: {
        type: 'object',
        required: ['username', 'email', 'password'],
        properties: { username: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
      },
      Article: {
        type: 'object',
        required: ['slug', 'title', 'tagList', 'createdAt'],
        properties: {
          slug: { type: 'string' },
          title: { type: 'string' },
          tagList: { type: 'array', items: { type: 'string' } },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      Comment: {
        type: 'object',
        properties: { id: { type: 'integer' }, body: { type: 'string', nullable: true } },
      },
    },
  },
  paths: {
    '/users': {
      post: {
        requestBody: body({ type: 'object', properties: { user: ref('NewUser') } }),
        responses: ok({ type: 'object', properties: { user: ref('User') } }, '201'),
      },
    },
    '/users/login': {
      post: {
        requestBody: body({
          type: 'object',
          properties: {
            user: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } },
          },
        }),
        responses: ok({ type: 'object', properties: { user: ref('User') } }),
      },
    },
    '/user': {
      get: {
        security: [{ Token: [] }],
        responses: ok({ type: 'object', properties: { user: ref('User') } }),
      },
    },
    '/articles': {
      get: {
        parameters: [
          { name: 'tag', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'offset', in: 'query', schema: { type: 'integer' } },
        ],
        responses: ok({
          type: 'object',
          properties: {
            articles: { type: 'array', items: ref('Article') },
            articlesCount: { type: 'integer' },
          },
        }),
      },
      post: {
        security: [{ Token: [] }],
        requestBody: body({
          type: 'object',
          properties: { article: { type: 'object', properties: { title: { type: 'string' } } } },
        }),
        responses: ok({ type: 'object', properties: { article: ref('Article') } }, '201'),
      },
    },
    '/articles/feed': { get: { security: [{ Token: [] }], responses: ok({ type: 'object' }) } },
    '/articles/{slug}': {
      parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
      get: { responses: ok({ type: 'object', properties: { article: ref('Article') } }) },
      delete: { security: [{ Token: [] }], responses: { '204': { description: 'gone' } } },
    },
    '/articles/{slug}/comments': {
      get: {
        responses: ok({ type: 'object', properties: { comments: { type: 'array', items: ref('Comment') } } }),
      },
    },
    '/articles/{slug}/favorite': {
      post: {
        operationId: 'CreateArticleFavorite',
        security: [{ Token: [] }],
        responses: ok({ type: 'object' }),
      },
    },
  },
};

type Served = {
  components: { schemas: { Comment: { properties: { body: { type: unknown } } } } };
  paths: Record<string, { get: unknown }>;
};

describe('planContract', () => {
  const { plan, document } = planContract(conduit);
  const op = (method: string, path: string) =>
    plan.operations.find((o) => o.method === method && o.path === path)!;

  it('serves the document as written: 3.0 upgraded to 3.1, the base path from servers', () => {
    expect(document['openapi']).toBe('3.1.0');
    expect(plan.basePath).toBe('/api');
    expect(plan.operations).toHaveLength(10);
    // 3.0 `nullable` became a null type; nothing else changed.
    expect((document as Served).components.schemas.Comment.properties.body.type).toEqual(['string', 'null']);
    expect((document as Served).paths['/articles/{slug}']!.get).toEqual(
      conduit.paths['/articles/{slug}'].get,
    );
  });

  it('recognises CRUD keyed by the path parameter, with wrappers and the list shape of the contract', () => {
    expect(op('GET', '/articles')).toMatchObject({
      kind: 'list',
      collection: '/articles',
      listItems: 'articles',
      listCount: 'articlesCount',
      filters: [{ param: 'tag', property: 'tagList', match: 'contains' }],
      pagination: { limit: 'limit', offset: 'offset' },
    });
    expect(op('POST', '/articles')).toMatchObject({
      kind: 'create',
      requestWrapper: 'article',
      responseWrapper: 'article',
      status: 201,
    });
    expect(op('GET', '/articles/{slug}')).toMatchObject({
      kind: 'get',
      keyParam: 'slug',
      responseWrapper: 'article',
    });
    expect(op('DELETE', '/articles/{slug}')).toMatchObject({
      kind: 'delete',
      status: 204,
      security: [{ Token: [] }],
    });
    expect(op('GET', '/articles/{slug}/comments')).toMatchObject({
      kind: 'list',
      parentParam: 'slug',
      listItems: 'comments',
    });
    expect(plan.collections).toContainEqual({
      path: '/articles',
      table: 'articles',
      keyProperty: 'slug',
      keyKind: 'slug',
    });
    expect(plan.collections).toContainEqual(
      expect.objectContaining({ path: '/articles/{slug}/comments', keyKind: 'integer', parent: '/articles' }),
    );
  });

  it('finds local accounts from register and login operations that carry a password', () => {
    expect(plan.accounts).toEqual({
      collection: '/users',
      table: 'accounts',
      passwordProperty: 'password',
      identityProperties: ['email', 'username'],
      tokenProperty: 'token',
    });
    expect(op('POST', '/users').kind).toBe('register');
    expect(op('POST', '/users/login').kind).toBe('login');
    expect(op('GET', '/user').kind).toBe('current-user');
    expect(plan.securitySchemes['Token']).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      jwt: true,
    });
  });

  it('hands views and actions to user-owned handlers, each warned about with its pointer', () => {
    expect(op('GET', '/articles/feed')).toMatchObject({ kind: 'custom', handler: 'get-articles-feed' });
    expect(op('POST', '/articles/{slug}/favorite')).toMatchObject({
      kind: 'custom',
      handler: 'create-article-favorite',
    });
    expect(plan.warnings).toContainEqual({
      path: '/paths/~1articles~1{slug}~1favorite/post',
      reason:
        'custom operation: answers 501 until its handler create-article-favorite is implemented (src/handlers/ on Express, app/handlers/ on FastAPI)',
    });
    // Pagination and filter parameters are served, so they are not warned about.
    expect(plan.warnings.filter((w) => w.path.startsWith('/paths/~1articles/get'))).toEqual([]);
  });

  it('serves a bare array list and warns about unused query parameters and other servers', () => {
    const { plan: pets } = planContract({
      openapi: '3.1.0',
      info: { title: 'Pets', version: '1.0.0' },
      servers: [
        { url: '/v{major}', variables: { major: { default: '2' } } },
        { url: 'https://other.example.com' },
      ],
      paths: {
        '/pets': {
          get: {
            parameters: [{ name: 'colour', in: 'query', schema: { type: 'string' } }],
            responses: ok({
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'integer' } } },
            }),
          },
        },
      },
    });
    expect(pets.basePath).toBe('/v2');
    expect(pets.operations[0]).toMatchObject({ kind: 'list', filters: [] });
    expect(pets.operations[0]!.listItems).toBeUndefined();
    expect(pets.warnings.map((w) => w.path)).toEqual(['/servers/1', '/paths/~1pets/get/parameters']);
  });

  it('plans OpenID Connect schemes with their discovery document, and OAuth2 with a configured JWKS', () => {
    const { plan } = planContract({
      openapi: '3.1.0',
      info: { title: 'Notes', version: '1.0.0' },
      components: {
        securitySchemes: {
          Oidc: {
            type: 'openIdConnect',
            openIdConnectUrl: 'https://id.example.com/.well-known/openid-configuration',
          },
          OAuth: { type: 'oauth2', flows: {} },
        },
      },
      paths: {
        '/notes': {
          get: {
            security: [{ Oidc: ['notes:read'] }, { OAuth: [] }],
            responses: ok({
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' } } },
            }),
          },
        },
      },
    });
    expect(plan.securitySchemes).toEqual({
      Oidc: {
        type: 'openIdConnect',
        jwt: true,
        discoveryUrl: 'https://id.example.com/.well-known/openid-configuration',
      },
      OAuth: { type: 'oauth2', jwt: true },
    });
    expect(plan.warnings.find((w) => w.path === '/components/securitySchemes/Oidc')?.reason).toMatch(
      /discovery document/,
    );
  });

  it('reads allOf list wrappers as one object (a generic data array refined per list)', () => {
    const { plan: trains } = planContract({
      openapi: '3.1.0',
      info: { title: 'Trains', version: '1.0.0' },
      components: {
        schemas: {
          Wrapper: {
            type: 'object',
            properties: { data: { type: 'array', items: { type: 'object' } }, links: { type: 'object' } },
          },
          Station: {
            type: 'object',
            properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
          },
        },
      },
      paths: {
        '/stations': {
          get: {
            parameters: [{ name: 'name', in: 'query', schema: { type: 'string' } }],
            responses: ok({
              allOf: [ref('Wrapper'), { properties: { data: { type: 'array', items: ref('Station') } } }],
            }),
          },
        },
      },
    });
    expect(trains.operations[0]).toMatchObject({
      kind: 'list',
      listItems: 'data',
      filters: [{ param: 'name', property: 'name', match: 'equals' }],
    });
  });

  it('fails with what to change when the document has nothing to serve', () => {
    expect(() => planContract({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} })).toThrow(
      SpecImportError,
    );
    expect(() => planContract({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} })).toThrow(
      /add at least one path/,
    );
  });
});

describe('storageName', () => {
  it('maps wire names to SQL names without touching the wire', () => {
    expect(storageName('special-events', [])).toBe('special_events');
    expect(storageName('user', [])).toBe('user_records');
    expect(storageName('museumHours', [])).toBe('museum_hours');
    expect(storageName('2.0_users', [])).toBe('t_2_0_users');
    expect(storageName('pets', ['pets'])).toBe('pets_2');
  });
});

describe('importSpec general rules', () => {
  it('keeps `<resource>_id` on the resource itself as a plain field, never a link to itself', () => {
    const { design } = importSpec({
      openapi: '3.1.0',
      info: { title: 'Tickets', version: '1.0.0' },
      paths: {
        '/tickets': {
          post: {
            requestBody: body({
              type: 'object',
              properties: { ticketDate: { type: 'string', format: 'date' } },
            }),
            responses: ok(
              {
                type: 'object',
                properties: {
                  ticketId: { type: 'string', format: 'uuid' },
                  ticketDate: { type: 'string', format: 'date' },
                },
              },
              '201',
            ),
          },
        },
      },
    });
    const ticketId = design.resources[0]!.fields.find((f) => f.name === 'ticket_id')!;
    expect(ticketId.type).toBe('uuid');
    expect(design.relations).toEqual([]);
  });

  it('reads list items through allOf wrappers', () => {
    const { design } = importSpec({
      openapi: '3.1.0',
      info: { title: 'Stations', version: '1.0.0' },
      components: {
        schemas: {
          Wrapper: { type: 'object', properties: { data: { type: 'array', items: { type: 'object' } } } },
          Station: {
            type: 'object',
            properties: { name: { type: 'string' }, country_code: { type: 'string' } },
          },
        },
      },
      paths: {
        '/stations': {
          get: {
            responses: ok({
              allOf: [ref('Wrapper'), { properties: { data: { type: 'array', items: ref('Station') } } }],
            }),
          },
        },
      },
    });
    expect(design.resources[0]!.fields.map((f) => f.name)).toEqual(['name', 'country_code']);
  });
});
