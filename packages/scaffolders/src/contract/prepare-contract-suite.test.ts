import type { ValidateFunction } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { prepareContractSuite } from './prepare-contract-suite.js';
import { schemaCheckFor } from './schema-check.js';

const book = { $ref: '#/components/schemas/Book' };
const documentWith = (titleType: string, extra: Record<string, unknown> = {}) => ({
  paths: {
    '/books': {
      post: {
        responses: {
          '201': {
            content: { 'application/json': { schema: book } },
            headers: { Location: { required: true, schema: { type: 'string', format: 'uri-reference' } } },
          },
        },
      },
      get: {
        responses: {
          '200': { content: { 'application/json': { schema: { type: 'array', items: book } } } },
          ...extra,
        },
      },
    },
  },
  components: {
    schemas: {
      Book: { type: 'object', properties: { title: { type: titleType } }, required: ['title'] },
    },
  },
});

/** Spies on the compiler behind the document's kept check. */
function compilerOf(openapi: object) {
  const check = schemaCheckFor(openapi);
  const ajv = (check as unknown as { ajv: { compile: (schema: object) => ValidateFunction } }).ajv;
  return { check, compile: vi.spyOn(ajv, 'compile') };
}

describe('prepareContractSuite', () => {
  it('compiles every declared response body and header schema, so a run compiles none of them', async () => {
    const openapi = documentWith('string');
    await prepareContractSuite(openapi);
    const { check, compile } = compilerOf(openapi);
    expect(check.problem(book, { title: 'Dune' })).toBeUndefined();
    expect(check.problem({ type: 'array', items: book }, [{ title: 7 }])).toMatch(/must be string/);
    expect(check.problem({ type: 'string', format: 'uri-reference' }, '/books/1')).toBeUndefined();
    expect(compile).not.toHaveBeenCalled();
  });

  it('leaves a schema it cannot compile to the run, which meets the same error', async () => {
    const broken = { type: 'object', properties: { title: { $ref: '#/components/schemas/Missing' } } };
    const openapi = documentWith('number', {
      '404': { content: { 'application/json': { schema: broken } } },
    });
    await expect(prepareContractSuite(openapi)).resolves.toBeUndefined();
    expect(() => schemaCheckFor(openapi).problem(broken, {})).toThrow(/Missing/);
  });

  it('resolves for a document it cannot read, leaving that to the run', async () => {
    // Parameters that are not a list: reading the document throws.
    await expect(
      prepareContractSuite({ paths: { '/books': { get: { parameters: 7, responses: {} } } } }),
    ).resolves.toBeUndefined();
  });

  it('stops compiling once its signal is aborted', async () => {
    const openapi = documentWith('boolean');
    const { compile } = compilerOf(openapi);
    await prepareContractSuite(openapi, AbortSignal.abort());
    expect(compile).not.toHaveBeenCalled();
  });
});
