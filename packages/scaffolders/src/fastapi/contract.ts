import { ScaffoldError } from '../naming.js';
import type { PropertySchema } from './python-code.js';

/** An object schema from `components.schemas`, as far as the scaffolder reads it. */
export interface ObjectSchema {
  readonly properties: Record<string, PropertySchema>;
  readonly required: string[];
}

export interface QueryParameter {
  readonly name: string;
  readonly schema: PropertySchema;
  readonly required: boolean;
}

interface Document {
  paths?: Record<string, Record<string, { parameters?: unknown[] } | undefined> | undefined>;
  components?: { schemas?: Record<string, unknown>; parameters?: Record<string, unknown> };
}

/**
 * Read access to the compiled contract. The generated models and query parameters are taken from
 * it rather than re-derived from the design, so the app validates exactly what the document says.
 * A contract that lacks what the design implies is refused: it was not compiled from this design.
 */
export class Contract {
  private readonly document: Document;

  constructor(openapi: object) {
    this.document = openapi as Document;
  }

  objectSchema(name: string): ObjectSchema {
    const schema = this.document.components?.schemas?.[name] as
      { properties?: Record<string, PropertySchema>; required?: string[] } | undefined;
    if (!schema?.properties) throw mismatch(`components.schemas.${name}`);
    return { properties: schema.properties, required: schema.required ?? [] };
  }

  /** The operationId of `GET path`. */
  listOperationId(path: string): string {
    const operationId = (this.document.paths?.[path]?.get as { operationId?: unknown } | undefined)
      ?.operationId;
    if (typeof operationId !== 'string') throw mismatch(`operationId of GET ${path}`);
    return operationId;
  }

  /** The query parameters of `GET path`, `$ref`s resolved, in document order. */
  queryParameters(path: string): QueryParameter[] {
    const operation = this.document.paths?.[path]?.get;
    if (!operation) throw mismatch(`GET ${path}`);
    return (operation.parameters ?? [])
      .map((parameter) => this.resolve(parameter))
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => ({
        name: parameter.name,
        schema: parameter.schema ?? {},
        required: parameter.required === true,
      }));
  }

  private resolve(parameter: unknown): {
    name: string;
    in: string;
    required?: boolean;
    schema?: PropertySchema;
  } {
    const ref = (parameter as { $ref?: string }).$ref;
    if (ref === undefined) return parameter as ReturnType<Contract['resolve']>;
    const resolved = this.document.components?.parameters?.[ref.replace('#/components/parameters/', '')];
    if (!resolved) throw mismatch(ref);
    return resolved as ReturnType<Contract['resolve']>;
  }
}

function mismatch(what: string): ScaffoldError {
  return new ScaffoldError(
    `The OpenAPI document has no ${what}; pass the contract compileOpenApi() produced for this design.`,
    { missing: what },
  );
}
