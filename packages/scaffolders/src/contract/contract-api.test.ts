import { createServer, type Server } from 'node:http';
import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { fixtureDesigns } from '@smartapiforge/spec-engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractDocument, type OpenApiLike } from './contract-api.js';
import { ContractClient } from './contract-client.js';
import { SchemaCheck } from './schema-check.js';

const compiled = (name: string) => compileOpenApi(parseDesign(fixtureDesigns[name]!)) as OpenApiLike;

// A hand-written document in the style of public APIs: a wrapped record keyed by slug, optional auth
// on reads, shared path parameters and $ref parameters.
const handWritten: OpenApiLike = {
  paths: {
    '/articles': {
      get: {
        security: [{}, { Token: [] }],
        parameters: [
          { $ref: '#/components/parameters/Tag' },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } },
      },
      post: {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NewArticleRequest' } } },
        },
        responses: {
          '201': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleResponse' } } },
          },
        },
      },
    },
    '/articles/{slug}': {
      parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        responses: {
          '200': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleResponse' } } },
          },
        },
      },
    },
  },
  components: {
    parameters: { Tag: { name: 'tag', in: 'query', schema: { type: 'string' } } },
    schemas: {
      NewArticleRequest: {
        type: 'object',
        required: ['article'],
        properties: { article: { type: 'object', properties: { title: { type: 'string' } } } },
      },
      ArticleResponse: {
        type: 'object',
        properties: {
          article: { type: 'object', properties: { slug: { type: 'string' }, title: { type: 'string' } } },
        },
      },
    },
    securitySchemes: { Token: { type: 'apiKey', in: 'header', name: 'Authorization' } },
  },
  security: [{ Token: [] }],
};

describe('ContractDocument: what the suite reads from a document', () => {
  it('finds every operation and the CRUD collections of a compiled contract, with filters, sorts and ownership', () => {
    const document = new ContractDocument(compiled('tickets-api-key-owned'));
    expect(document.operations.map((operation) => `${operation.method} ${operation.path}`)).toContain(
      'get /tickets/{id}/replies',
    );
    const tickets = document.resources.find((resource) => resource.collectionPath === '/tickets')!;
    expect(tickets).toMatchObject({
      itemPath: '/tickets/{id}',
      keyProperty: 'id',
      maxPageSize: 25,
      ownerScoped: true,
    });
    expect(tickets.filters.map((filter) => filter.name)).toEqual(['subject', 'priority', 'due_on']);
    expect(tickets.sortValues).toContain('-priority');
    expect(document.operations.every((operation) => operation.secured)).toBe(true);
    expect(document.credentialHeader('key')).toEqual({ 'x-helpdesk-key': 'key' });
  });

  it('reads the pair a join resource stores once from its x-many-to-many schema', () => {
    const document = new ContractDocument(compiled('notes-jwt'));
    const pairs = document.resources.map((resource) => [resource.collectionPath, resource.pair]);
    expect(pairs).toContainEqual(['/note-tags', ['note_id', 'tag_id']]);
    expect(pairs.filter(([, pair]) => pair !== undefined)).toHaveLength(1);
    const through = document.operations.filter((operation) => operation.through !== undefined);
    expect(through.map((operation) => [operation.path, operation.through])).toEqual([
      ['/notes/{id}/tags', 'NoteTag'],
      ['/tags/{id}/notes', 'NoteTag'],
    ]);
  });

  it('marks nothing owner-scoped where the contract does not say so, unless the caller names the path', () => {
    expect(
      new ContractDocument(compiled('pet-store')).resources.some((resource) => resource.ownerScoped),
    ).toBe(false);
    const named = new ContractDocument(compiled('pet-store'), ['/pets']);
    expect(named.resources.find((resource) => resource.collectionPath === '/pets')?.ownerScoped).toBe(true);
  });

  it('reads hand-written documents: wrapped records, keys other than id, shared and $ref parameters, optional auth', () => {
    const document = new ContractDocument(handWritten);
    const [articles] = document.resources;
    expect(articles).toMatchObject({
      itemPath: '/articles/{slug}',
      keyParameter: 'slug',
      keyProperty: 'slug',
    });
    expect(articles!.filters.map((filter) => filter.name)).toEqual(['tag']);
    expect(document.find('get', '/articles/{slug}')!.parameters).toEqual([
      { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    // An empty requirement among the alternatives makes credentials optional.
    expect(document.find('get', '/articles')!.secured).toBe(false);
    expect(document.find('post', '/articles')!.secured).toBe(true);
  });
});

describe('ContractClient: every reply is checked against what its operation declares', () => {
  let server: Server;
  let baseUrl: string;
  // What the fake server answers next: status, content type, body and headers.
  let next: { status: number; type?: string; body?: string; headers?: Record<string, string> };
  const document = new ContractDocument(compiled('pet-store'));
  const client = () =>
    new ContractClient(document, new SchemaCheck(document.openapi), baseUrl, undefined, fetch, undefined);
  const read = document.find('get', '/pets/{id}')!;
  const create = document.find('post', '/pets')!;
  // The contract's own example of a pet: valid by construction.
  const pet = document.objectSchema({ $ref: '#/components/schemas/Pet' }).examples![0] as { id: string };
  const id = pet.id;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(next.status, {
        ...(next.type ? { 'content-type': next.type } : {}),
        ...next.headers,
      });
      response.end(next.body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('accepts a reply that matches its declared status, media type and schema', async () => {
    next = { status: 200, type: 'application/json', body: JSON.stringify(pet) };
    const reply = await client().send(read, { params: { id } });
    expect(reply.status).toBe(200);
  });

  it('refuses a status the operation does not declare', async () => {
    next = { status: 418, type: 'application/problem+json', body: '{"status":418}' };
    await expect(client().send(read, { params: { id } })).rejects.toThrow(
      /answered 418, a status the document does not declare/,
    );
  });

  it('refuses a body of the wrong media type or shape', async () => {
    next = { status: 404, type: 'text/html', body: '<h1>Not found</h1>' };
    await expect(client().send(read, { params: { id } })).rejects.toThrow(
      /as "text\/html", not application\/problem\+json/,
    );
    next = { status: 404, type: 'application/problem+json', body: '{"title":404}' };
    await expect(client().send(read, { params: { id } })).rejects.toThrow(
      /the 404 body does not match its declared schema/,
    );
  });

  it('refuses a declared header whose value breaks its schema', async () => {
    next = {
      status: 201,
      type: 'application/json',
      body: JSON.stringify(pet),
      headers: { location: 'not a uri ref' },
    };
    await expect(client().send(create, { body: {} })).rejects.toThrow(/header location/);
  });
});
