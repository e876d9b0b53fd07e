import { ForgeError } from '@smartapiforge/errors';
import { yaml } from '../openapi/yaml.js';
import { isObject, refResolver, type Json } from '../import/document-refs.js';
import { diffOperation } from './diff-operation.js';
import { diffWebhooks } from './diff-webhooks.js';
import type { SchemaContext } from './diff-schema.js';
import { collector, pointer, stableJson, type Report } from './openapi-changes.js';
import type { OpenApiDiff } from './types.js';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Compares two OpenAPI 3.x documents (objects, or JSON/YAML text) the way oasdiff does: each change
 * with where it is, what it is, and whether a client written for the old contract may break
 * (removed path, operation or response property, new required input, narrowed type or enum, changed
 * security). Local `$ref`s are followed; paths that differ only in parameter names are the same path.
 * The same two documents always give the same list, sorted by path.
 */
export function diffOpenApi(oldDoc: unknown, newDoc: unknown): OpenApiDiff {
  const before = readDocument(oldDoc, 'old');
  const after = readDocument(newDoc, 'new');
  const { report, changes } = collector();
  const context: SchemaContext = {
    report,
    resolveOld: refResolver(before),
    resolveNew: refResolver(after),
    sameRefs: new Map(),
  };
  diffPaths(context, before, after);
  diffWebhooks(context, before, after);
  diffInfo(report, before, after);
  const list = changes();
  return { breaking: list.some((c) => c.breaking), changes: list };
}

function readDocument(input: unknown, which: 'old' | 'new'): Json {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = yaml().parse(input, { maxAliasCount: 1000 });
    } catch (error) {
      throw invalid(which, `is not JSON or YAML (${(error as Error).message.split('\n')[0]})`, error);
    }
  }
  if (!isObject(doc)) throw invalid(which, 'is not an object');
  if (typeof doc['openapi'] !== 'string' || !/^3\.\d+/.test(doc['openapi']))
    throw invalid(
      which,
      `is not OpenAPI 3.x (openapi: ${JSON.stringify(doc['openapi'] ?? doc['swagger'] ?? null)})`,
    );
  return doc;
}

function invalid(which: 'old' | 'new', reason: string, cause?: unknown): ForgeError {
  return new ForgeError(
    'openapi_diff_invalid_document',
    `The ${which} document ${reason}; pass two OpenAPI 3.x documents (convert Swagger 2.0 first).`,
    { cause, details: { document: which } },
  );
}

/** `/pets/{petId}` and `/pets/{id}` are one path on the wire. */
const pathKey = (path: string) => path.replace(/\{[^}]*\}/g, '{}');

function pathItems(doc: Json, resolve: (v: unknown) => unknown): Map<string, { path: string; item: Json }> {
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  const items = new Map<string, { path: string; item: Json }>();
  for (const [path, raw] of Object.entries(paths)) {
    const item = resolve(raw);
    if (isObject(item)) items.set(pathKey(path), { path, item });
  }
  return items;
}

function diffPaths(context: SchemaContext, before: Json, after: Json): void {
  const { report } = context;
  const oldItems = pathItems(before, context.resolveOld);
  const newItems = pathItems(after, context.resolveNew);
  for (const [key, { path, item }] of oldItems) {
    const match = newItems.get(key);
    if (match === undefined) {
      report(pointer('/paths', path), 'path-removed', 'breaking', `Path ${path} removed.`);
      continue;
    }
    for (const method of methods) {
      const [old, now] = [item[method], match.item[method]];
      const at = pointer('/paths', match.path, method);
      if (!isObject(old)) continue;
      if (!isObject(now)) {
        report(at, 'operation-removed', 'breaking', `${method.toUpperCase()} ${path} removed.`);
        continue;
      }
      diffOperation(context, {
        path: at,
        old,
        now,
        oldShared: item['parameters'],
        newShared: match.item['parameters'],
        oldTemplate: path,
        newTemplate: match.path,
      });
      diffSecurity(
        context.report,
        at,
        effectiveSecurity(before, old),
        effectiveSecurity(after, now),
        before,
        after,
      );
    }
    for (const method of methods)
      if (!isObject(item[method]) && isObject(match.item[method]))
        report(
          pointer('/paths', match.path, method),
          'operation-added',
          'compatible',
          `${method.toUpperCase()} ${match.path} added.`,
        );
  }
  for (const [key, { path }] of newItems)
    if (!oldItems.has(key))
      report(pointer('/paths', path), 'path-added', 'compatible', `Path ${path} added.`);
}

/** The requirement alternatives that apply to an operation: its own, else the document's. */
function effectiveSecurity(doc: Json, operation: Json): string[] {
  const raw = Array.isArray(operation['security'])
    ? operation['security']
    : Array.isArray(doc['security'])
      ? doc['security']
      : [];
  const alternatives = raw.filter(isObject).map((requirement) =>
    Object.keys(requirement)
      .sort()
      .map((name) => {
        const scopes = Array.isArray(requirement[name]) ? [...(requirement[name] as string[])].sort() : [];
        return scopes.length > 0 ? `${name}[${scopes.join(',')}]` : name;
      })
      .join('+'),
  );
  return [...new Set(alternatives)].sort();
}

/** How a client presents a scheme: changing it (a new header name, another flow) breaks them. */
function schemeShape(doc: Json, name: string): string {
  const schemes =
    isObject(doc['components']) && isObject(doc['components']['securitySchemes'])
      ? doc['components']['securitySchemes']
      : {};
  const scheme = refResolver(doc)(schemes[name.split('[')[0]!]);
  if (!isObject(scheme)) return 'undefined';
  const { description: _description, ...wire } = scheme;
  return stableJson(wire);
}

function diffSecurity(
  report: Report,
  at: string,
  before: string[],
  after: string[],
  oldDoc: Json,
  newDoc: Json,
): void {
  const open = (list: string[]) => list.length === 0 || list.includes('');
  const path = pointer(at, 'security');
  const words = (list: string[]) =>
    list.length === 0 ? 'none' : list.map((a) => a || 'anonymous').join(' or ');
  if (before.join('|') !== after.join('|')) {
    if (open(before) && !open(after))
      report(path, 'security-added', 'breaking', `Now requires ${words(after)}.`);
    else if (!open(before) && open(after))
      report(path, 'security-removed', 'compatible', `No longer requires ${words(before)}.`);
    else
      report(
        path,
        'security-changed',
        'breaking',
        `Security changed from ${words(before)} to ${words(after)}.`,
      );
    return;
  }
  const names = new Set(after.flatMap((a) => a.split('+')).filter((n) => n !== ''));
  for (const name of [...names].sort())
    if (schemeShape(oldDoc, name) !== schemeShape(newDoc, name))
      report(
        pointer('/components/securitySchemes', name.split('[')[0]!),
        'security-scheme-changed',
        'breaking',
        `Security scheme ${name.split('[')[0]} changed how clients present credentials.`,
      );
}

function diffInfo(report: Report, before: Json, after: Json): void {
  const info = (doc: Json) => (isObject(doc['info']) ? doc['info'] : {});
  for (const key of ['title', 'description', 'summary', 'termsOfService'] as const)
    if (JSON.stringify(info(before)[key]) !== JSON.stringify(info(after)[key]))
      report(pointer('/info', key), 'documentation-changed', 'documentation', `info.${key} changed.`);
  const servers = (doc: Json) =>
    JSON.stringify(
      (Array.isArray(doc['servers']) ? doc['servers'] : []).map((s) => (isObject(s) ? s['url'] : s)),
    );
  if (servers(before) !== servers(after))
    report(
      '/servers',
      'server-changed',
      'compatible',
      `Servers changed from ${servers(before)} to ${servers(after)}.`,
    );
}
