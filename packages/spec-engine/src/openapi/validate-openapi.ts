import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { holderExamples, schemaExamples, schemaLocations, unresolvedRefs } from './schema-locations.js';
import { SpecValidationError, type SpecIssue } from './spec-validation-error.js';

// ajv-formats is CommonJS; under NodeNext its plugin is the default import's `default`.
const addFormats = addFormatsModule.default;

// ajv resolves `#/components/...` refs against this base; any absolute URI without a fetchable scheme works.
const DOCUMENT_ID = 'https://smartapiforge.invalid/openapi.json';

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

/** Keeps the most specific message per location; ajv repeats the same failure through anyOf branches. */
function toIssues(base: string, errors: ErrorObject[] | null | undefined, prefix = ''): SpecIssue[] {
  const seen = new Set<string>();
  const issues: SpecIssue[] = [];
  for (const error of errors ?? []) {
    const path = `${base}${error.instancePath}`;
    if (seen.has(path) || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    seen.add(path);
    const allowed =
      error.keyword === 'enum'
        ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
    issues.push({ path, message: `${prefix}${error.message ?? 'is invalid'}${allowed}` });
  }
  return issues;
}

function swaggerParserIssues(error: unknown): SpecIssue[] {
  const details = (error as { details?: { instancePath?: string; message?: string; params?: unknown }[] })
    .details;
  if (Array.isArray(details) && details.length > 0) {
    return details.map((d) => ({
      path: d.instancePath ?? '',
      message: `${d.message ?? 'is invalid'} (OpenAPI schema)`,
    }));
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ path: '', message: message.split('\n')[0]! }];
}

/**
 * Validates an OpenAPI document: swagger-parser's structural validation, then for 3.1 what it misses —
 * every schema must be valid JSON Schema 2020-12, every local $ref must resolve, and every example must
 * satisfy its schema. Throws `SpecValidationError` listing all problems with JSON pointers.
 */
export async function validateOpenApi(doc: unknown): Promise<void> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new SpecValidationError([{ path: '', message: 'must be an OpenAPI document (a JSON object)' }]);
  }
  let clone: Record<string, unknown>;
  try {
    // swagger-parser dereferences in place, so it only ever sees a copy.
    clone = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  } catch (cause) {
    throw new SpecValidationError([
      { path: '', message: `cannot be serialised as JSON: ${(cause as Error).message}` },
    ]);
  }
  const pristine = structuredClone(clone);
  const issues: SpecIssue[] = [];
  try {
    await SwaggerParser.validate(clone as never);
  } catch (error) {
    issues.push(...swaggerParserIssues(error));
  }
  const version = pristine['openapi'];
  if (typeof version === 'string' && version.startsWith('3.1')) issues.push(...jsonSchemaIssues(pristine));
  if (issues.length > 0) throw new SpecValidationError(dedupe(issues));
}

function jsonSchemaIssues(doc: Record<string, unknown>): SpecIssue[] {
  const issues: SpecIssue[] = [];
  for (const { path, ref } of unresolvedRefs(doc))
    issues.push({ path, message: `$ref ${ref} points to nothing` });
  const ajv = createAjv();
  const locations = schemaLocations(doc);
  const broken = new Set<string>();
  for (const { path, schema } of locations) {
    if (!ajv.validateSchema(schema)) {
      broken.add(path);
      issues.push(...toIssues(path, ajv.errors, 'is not valid JSON Schema 2020-12: '));
    }
  }
  if (issues.length > 0) return issues;
  ajv.addSchema(doc, DOCUMENT_ID, undefined, false);
  const examples = [
    ...locations.flatMap(({ path, schema }) => schemaExamples(schema, path)),
    ...holderExamples(doc, locations),
  ];
  for (const example of examples) {
    let validate;
    try {
      validate = ajv.getSchema(`${DOCUMENT_ID}#${example.schemaPath}`);
    } catch (cause) {
      issues.push({ path: example.schemaPath, message: `cannot be compiled: ${(cause as Error).message}` });
      continue;
    }
    if (validate !== undefined && !validate(example.value)) {
      issues.push(...toIssues(example.path, validate.errors, 'example does not match its schema: '));
    }
  }
  return issues;
}

function dedupe(issues: SpecIssue[]): SpecIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
