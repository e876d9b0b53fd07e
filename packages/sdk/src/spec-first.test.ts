import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractSecrets, existingHandlers, importContract, validateContract } from './spec-first.js';

const document = {
  openapi: '3.1.0',
  info: { title: 'Museum API', version: '1.0.0' },
  components: {
    securitySchemes: {
      basic: { type: 'http', scheme: 'basic' },
      key: { type: 'apiKey', in: 'query', name: 'key' },
    },
    schemas: {
      Event: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid', examples: ['not-a-uuid'] } },
      },
    },
  },
  paths: {
    '/events': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
              },
            },
          },
        },
      },
    },
    '/events/{id}/ticket': {
      post: { operationId: 'buyTicket', responses: { '200': { description: 'ok' } } },
    },
  },
};

describe('spec-first contracts', () => {
  it('names the project from the title and keeps the document as its contract', () => {
    const contract = importContract(document);
    expect(contract.name).toBe('museum');
    expect(contract.document['paths']).toEqual(document.paths);
    expect(contract.warnings).toContain(
      '/paths/~1events~1{id}~1ticket/post: custom operation: answers 501 until its handler buy-ticket is implemented (src/handlers/ on Express, app/handlers/ on FastAPI)',
    );
  });

  it('warns about examples that break their own schema instead of refusing the document', async () => {
    await expect(validateContract(importContract(document).document)).resolves.toEqual([
      '/components/schemas/Event/properties/id/examples/0: example does not match its schema: must match format "uuid" (the example is served as written)',
    ]);
    await expect(
      validateContract({ ...document, paths: { '/x': { get: { responses: 'none' } } } }),
    ).rejects.toThrow(/responses/);
  });

  it('makes a secret for each kind of scheme the contract declares', () => {
    const secrets = contractSecrets(importContract(document).plan);
    expect(Object.keys(secrets.env).sort()).toEqual(['API_KEYS', 'BASIC_AUTH_USERS']);
    expect(secrets.probe.basicUser).toMatch(/^forge:/);
    expect(secrets.env['API_KEYS']!.split(',')).toContain(secrets.probe.apiKey);
  });

  it('keeps handler files already in the project folder, never the generated index or context', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'forge-handlers-'));
    await mkdir(path.join(outDir, 'src/handlers'), { recursive: true });
    await writeFile(path.join(outDir, 'src/handlers/buy-ticket.ts'), '// mine');
    await writeFile(path.join(outDir, 'src/handlers/index.ts'), '// old index');
    const files = {
      'src/handlers/buy-ticket.ts': '// stub',
      'src/handlers/index.ts': '// index',
      'src/app.ts': '// app',
    };
    expect(await existingHandlers(outDir, files)).toEqual({ 'src/handlers/buy-ticket.ts': '// mine' });
  });
});
