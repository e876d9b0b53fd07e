import { isObject, type Json } from '../import/document-refs.js';
import { diffSchema, type SchemaContext } from './diff-schema.js';
import { pointer } from './openapi-changes.js';

function headersOf(response: unknown, resolve: (value: unknown) => unknown): Map<string, Json> {
  const resolved = resolve(response);
  const headers = isObject(resolved) && isObject(resolved['headers']) ? resolved['headers'] : {};
  const byName = new Map<string, Json>();
  // Header names are case-insensitive on the wire.
  for (const [name, raw] of Object.entries(headers)) {
    const header = resolve(raw);
    if (isObject(header)) byName.set(name.toLowerCase(), header);
  }
  return byName;
}

/**
 * Compares the headers of one response. Clients that read a header break when it goes, so a removed
 * header is breaking when it was required (as oasdiff rates it) and compatible otherwise; a header's
 * schema is compared like a response body's.
 */
export function diffResponseHeaders(
  context: SchemaContext,
  at: string,
  before: unknown,
  after: unknown,
): void {
  const [oldHeaders, newHeaders] = [
    headersOf(before, context.resolveOld),
    headersOf(after, context.resolveNew),
  ];
  for (const [name, header] of oldHeaders) {
    const path = pointer(at, 'headers', name);
    const match = newHeaders.get(name);
    if (match === undefined) {
      const required = header['required'] === true;
      context.report(
        path,
        'response-header-removed',
        required ? 'breaking' : 'compatible',
        `${required ? 'Required response' : 'Response'} header ${name} removed.`,
      );
      continue;
    }
    diffSchema(context, pointer(path, 'schema'), header['schema'], match['schema'], 'response');
  }
  for (const name of newHeaders.keys())
    if (!oldHeaders.has(name))
      context.report(
        pointer(at, 'headers', name),
        'response-header-added',
        'compatible',
        `Response header ${name} added.`,
      );
}
