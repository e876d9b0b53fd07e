import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, OpenApiLike } from './contract-api.js';

// ajv-formats ships CommonJS; imported from ESM, its plugin function sits on `default`.
const addFormats = addFormatsModule.default;
const documentId = 'contract.json';

/**
 * Validates values against schemas of one document, inline or `$ref`: the document's components are
 * registered once and an inline schema's local refs are pointed at them. Compiled schemas are cached.
 */
export class SchemaCheck {
  private readonly ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(openapi: OpenApiLike) {
    this.ajv.addSchema({ $id: documentId, components: openapi.components ?? {} });
  }

  /** Why `value` does not match `schema`, or undefined where it does. */
  problem(schema: JsonSchema, value: unknown): string | undefined {
    const validate = this.compile(schema);
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors);
  }

  /** `schema`'s validator, compiled at its first use (Ajv generates code for it) and kept. */
  compile(schema: JsonSchema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(pointRefsAtDocument(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** How many documents' checks are kept: a forge checks one contract after another, often the same again. */
const keptDocuments = 8;
const recentChecks = new Map<string, SchemaCheck>();

/**
 * The check for `openapi`'s schemas, reused while the same components come back (a contract checked
 * again after a redeploy, a retried or repeated generation), so each response schema is compiled once
 * and not at every suite run. Components decide everything a compiled schema refers to, and the
 * schemas themselves are keyed by their text, so a reused check validates exactly as a new one would.
 */
export function schemaCheckFor(openapi: OpenApiLike): SchemaCheck {
  const key = JSON.stringify(openapi.components ?? {});
  const kept = recentChecks.get(key);
  // Re-inserted on every use, so the first key is always the least recently used.
  recentChecks.delete(key);
  const check = kept ?? new SchemaCheck(openapi);
  recentChecks.set(key, check);
  if (recentChecks.size > keptDocuments) recentChecks.delete(recentChecks.keys().next().value!);
  return check;
}

function pointRefsAtDocument(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointRefsAtDocument);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' && item.startsWith('#/')
        ? `${documentId}${item}`
        : pointRefsAtDocument(item),
    ]),
  );
}
