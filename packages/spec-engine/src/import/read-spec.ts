import { yaml } from '../openapi/yaml.js';
import { SpecImportError } from './spec-import-error.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Real specs are far smaller; the limit keeps parsing and mapping time and memory bounded. */
export const MAX_SPEC_BYTES = 10 * 1024 * 1024;

/**
 * Reads YAML or JSON text (JSON is YAML) or an object into a plain JSON object, checking size,
 * syntax and the OpenAPI version. Nothing is fetched: remote refs stay as they are.
 */
export function readSpec(input: string | object): Json {
  let value: unknown;
  if (typeof input === 'string') {
    if (Buffer.byteLength(input, 'utf8') > MAX_SPEC_BYTES) throw tooLarge();
    try {
      // Alias expansion is capped against "billion laughs" documents.
      value = yaml().parse(input, { maxAliasCount: 1000, uniqueKeys: true });
    } catch (error) {
      if (error instanceof yaml().YAMLParseError) {
        const at = error.linePos?.[0];
        throw new SpecImportError(
          'import_invalid_yaml',
          `The spec is not valid YAML or JSON: ${error.message.split('\n')[0]}`,
          {
            location: at ? `line ${at.line}, column ${at.col}` : undefined,
            cause: error,
          },
        );
      }
      throw error;
    }
  } else {
    let text: string;
    try {
      text = JSON.stringify(input);
    } catch (cause) {
      throw new SpecImportError(
        'import_not_openapi',
        'The spec object cannot be serialised as JSON (does it contain a cycle?).',
        { cause },
      );
    }
    if (Buffer.byteLength(text ?? '', 'utf8') > MAX_SPEC_BYTES) throw tooLarge();
    value = JSON.parse(text ?? 'null') as unknown;
  }
  if (!isObject(value))
    throw new SpecImportError(
      'import_not_openapi',
      'The spec must be an OpenAPI document (an object with an "openapi" field).',
    );
  const version = value['openapi'];
  if (typeof version !== 'string') {
    const hint =
      typeof value['swagger'] === 'string'
        ? ' Swagger 2.0 documents must be converted to OpenAPI 3 first.'
        : '';
    throw new SpecImportError(
      'import_unsupported_version',
      `Only OpenAPI 3.0 and 3.1 can be imported.${hint}`,
      { location: '/openapi' },
    );
  }
  if (!/^3\.[01]\.\d+$/.test(version))
    throw new SpecImportError(
      'import_unsupported_version',
      `OpenAPI ${version} is not supported; use 3.0.x or 3.1.x.`,
      { location: '/openapi' },
    );
  checkRefCycles(value);
  return value;
}

function tooLarge(): SpecImportError {
  return new SpecImportError(
    'import_too_large',
    `The spec is larger than ${MAX_SPEC_BYTES / 1024 / 1024} MB; split it or remove unused parts.`,
  );
}

/**
 * A `$ref` chain that returns to where it started (A → B → A with nothing in between) can never be
 * resolved. Recursion through properties (a tree node with children) is legitimate and allowed.
 */
function checkRefCycles(doc: Json): void {
  const target = (ref: string): unknown => {
    let current: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      current = isObject(current) ? current[key] : Array.isArray(current) ? current[Number(key)] : undefined;
    }
    return current;
  };
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
    if (!isObject(value)) return;
    const start = value['$ref'];
    if (typeof start === 'string' && start.startsWith('#/')) {
      const seen = new Set<string>();
      let ref: unknown = start;
      while (typeof ref === 'string' && ref.startsWith('#/')) {
        if (seen.has(ref))
          throw new SpecImportError(
            'import_circular_ref',
            `$ref ${start} leads back to itself through ${[...seen].join(' → ')}.`,
            { location: path },
          );
        seen.add(ref);
        const next = target(ref);
        ref = isObject(next) ? next['$ref'] : undefined;
      }
    }
    for (const [key, child] of Object.entries(value))
      if (key !== 'example' && key !== 'examples')
        visit(child, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };
  visit(doc, '');
}
