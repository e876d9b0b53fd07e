import type { Field } from '@smartapiforge/spec-engine';
import { distinctPatternStrategy } from '../design-view.js';
import { pyLiteral, type PropertySchema } from './python-code.js';

/**
 * Python expressions for generated tests (tests/fixtures.py), distinct per `variant` so that unique
 * fields never collide within a run. They may call `text()`, `uuid4()` and `create_<resource>(client)`.
 */
export function sampleExpression(field: Field, schema: PropertySchema, variant: string): string {
  if (field.type === 'reference') return `create_${field.references}(client)["id"]`;
  if (schema.enum !== undefined) return pyLiteral(schema.enum[0]);
  switch (field.type) {
    case 'email':
      return `f"${field.name.replaceAll('_', '-')}-{${variant}}@example.com"`;
    case 'url':
      return `f"https://example.com/${field.name}/{${variant}}"`;
    case 'uuid':
      return 'str(uuid4())';
    case 'date':
      return '"2024-01-15"';
    case 'datetime':
      return '"2024-01-15T10:30:00.000Z"';
    case 'boolean':
      return 'True';
    case 'json':
      return '{"note": "sample"}';
    case 'integer':
    case 'number': {
      const minimum = schema.minimum ?? 1;
      const start = field.type === 'integer' ? Math.ceil(minimum) : minimum;
      const value = `${pyLiteral(start)} + ${variant}`;
      return schema.maximum === undefined ? value : `min(${pyLiteral(schema.maximum)}, ${value})`;
    }
    default:
      if (field.pattern !== undefined && typeof field.example === 'string') {
        return patternSample(field, field.example, variant);
      }
      return `text(${pyLiteral(field.name)}, ${variant}, ${schema.minLength ?? 1}, ${schema.maxLength ?? 200})`;
  }
}

// Samples start from the design's example; a unique field's is made distinct per call (see the strategy).
function patternSample(field: Field, example: string, variant: string): string {
  if (!field.unique) return pyLiteral(example);
  switch (distinctPatternStrategy(field.pattern, field.example)) {
    case 'suffix':
      return `${pyLiteral(example)} + str(${variant})`;
    case 'last-four':
      return `${pyLiteral(example.slice(0, -4))} + f"{${variant}:04d}"`;
    case 'none':
      return pyLiteral(example);
  }
}

/** A value for the PATCH test that differs from what the create sample gave. */
export function changedSampleExpression(field: Field, schema: PropertySchema): string {
  if (field.type === 'boolean') return 'False';
  if (schema.enum !== undefined) return pyLiteral(schema.enum.filter((value) => value !== null).at(-1));
  return sampleExpression(field, schema, 'variant + 1000');
}

/** A value of the wrong type or format for the field, which the API must answer with 422. */
export function invalidExpression(field: Field): string {
  switch (field.type) {
    case 'integer':
    case 'number':
      return '"not a number"';
    case 'boolean':
      return '"yes"';
    case 'reference':
    case 'uuid':
      return '"not-a-uuid"';
    case 'date':
    case 'datetime':
      return '"not-a-date"';
    case 'email':
      return '"not-an-email"';
    default:
      return '12345';
  }
}

/** Which helpers a set of sample expressions needs in scope. */
export function sampleNeeds(expressions: string[]): { uuid4: boolean; text: boolean } {
  return {
    uuid4: expressions.some((expression) => expression.includes('uuid4()')),
    text: expressions.some((expression) => expression.startsWith('text(')),
  };
}
