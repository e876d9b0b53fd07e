import { isObject, type Json } from '../import/document-refs.js';
import { diffResponseHeaders } from './diff-headers.js';
import { diffSchema, type SchemaContext } from './diff-schema.js';
import { pointer } from './openapi-changes.js';

export interface OperationPair {
  /** Pointer to the operation in the new document: `/paths/~1pets/post`. */
  readonly path: string;
  readonly old: Json;
  readonly now: Json;
  /** Path-level parameters, which operations inherit. */
  readonly oldShared: unknown;
  readonly newShared: unknown;
  /** The path templates (`/pets/{petId}`), which place path parameters. */
  readonly oldTemplate: string;
  readonly newTemplate: string;
}

/** Compares one operation present in both documents: parameters, request body and responses. */
export function diffOperation(context: SchemaContext, pair: OperationPair): void {
  const { report } = context;
  diffParameters(context, pair);
  diffRequestBody(context, pair);
  diffResponses(context, pair);
  if (pair.old['operationId'] !== pair.now['operationId'] && pair.old['operationId'] !== undefined)
    report(
      pointer(pair.path, 'operationId'),
      'operation-id-changed',
      'breaking',
      `operationId changed from ${String(pair.old['operationId'])} to ${String(pair.now['operationId'] ?? 'none')}; generated clients rename the method.`,
    );
  for (const key of ['summary', 'description'] as const)
    if (pair.old[key] !== pair.now[key])
      report(pointer(pair.path, key), 'documentation-changed', 'documentation', `${key} changed.`);
  if (pair.old['deprecated'] !== pair.now['deprecated'] && pair.now['deprecated'] === true)
    report(
      pointer(pair.path, 'deprecated'),
      'documentation-changed',
      'documentation',
      'Operation deprecated.',
    );
}

/**
 * An operation's parameters by `in` and name, its own overriding the path's. Path parameters are keyed
 * by their place in the template: renaming {petId} to {id} changes nothing on the wire.
 */
function parameters(
  operation: Json,
  shared: unknown,
  template: string,
  resolve: (v: unknown) => unknown,
): Map<string, Json> {
  const placed = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const byKey = new Map<string, Json>();
  const add = (list: unknown) => {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = resolve(raw);
      if (
        !isObject(parameter) ||
        typeof parameter['name'] !== 'string' ||
        typeof parameter['in'] !== 'string'
      )
        continue;
      const name =
        parameter['in'] === 'header'
          ? parameter['name'].toLowerCase()
          : parameter['in'] === 'path'
            ? `{${placed.indexOf(parameter['name'])}}`
            : parameter['name'];
      byKey.set(`${parameter['in']}:${name}`, parameter);
    }
  };
  add(shared);
  add(operation['parameters']);
  return byKey;
}

function diffParameters(context: SchemaContext, pair: OperationPair): void {
  const { report } = context;
  const before = parameters(pair.old, pair.oldShared, pair.oldTemplate, context.resolveOld);
  const after = parameters(pair.now, pair.newShared, pair.newTemplate, context.resolveNew);
  const base = pointer(pair.path, 'parameters');
  for (const [key, parameter] of before) {
    const match = after.get(key);
    const shown = match ?? parameter;
    const at = pointer(base, `${String(shown['in'])}:${String(shown['name'])}`);
    if (match === undefined) {
      if (parameter['in'] !== 'path')
        report(
          at,
          'parameter-removed',
          'breaking',
          `${String(parameter['in'])} parameter ${String(parameter['name'])} removed; clients sending it lose its effect.`,
        );
      continue;
    }
    const [was, is] = [parameter['required'] === true, match['required'] === true];
    if (!was && is)
      report(
        at,
        'parameter-required',
        'breaking',
        `${String(match['in'])} parameter ${String(match['name'])} became required.`,
      );
    if (was && !is)
      report(
        at,
        'parameter-optional',
        'compatible',
        `${String(match['in'])} parameter ${String(match['name'])} became optional.`,
      );
    diffSchema(context, pointer(at, 'schema'), parameter['schema'], match['schema'], 'request');
    if (parameter['description'] !== match['description'])
      report(pointer(at, 'description'), 'documentation-changed', 'documentation', 'description changed.');
  }
  for (const [key, parameter] of after) {
    if (before.has(key) || parameter['in'] === 'path') continue;
    const required = parameter['required'] === true;
    report(
      pointer(base, `${String(parameter['in'])}:${String(parameter['name'])}`),
      'parameter-added',
      required ? 'breaking' : 'compatible',
      `New ${required ? 'required' : 'optional'} ${String(parameter['in'])} parameter ${String(parameter['name'])}.`,
    );
  }
}

function content(holder: unknown, resolve: (v: unknown) => unknown): Map<string, Json> {
  const resolved = resolve(holder);
  const media = isObject(resolved) && isObject(resolved['content']) ? resolved['content'] : {};
  return new Map(Object.entries(media).filter((entry): entry is [string, Json] => isObject(entry[1])));
}

function diffRequestBody(context: SchemaContext, pair: OperationPair): void {
  const { report } = context;
  const [oldBody, newBody] = [
    context.resolveOld(pair.old['requestBody']),
    context.resolveNew(pair.now['requestBody']),
  ];
  const at = pointer(pair.path, 'requestBody');
  if (!isObject(oldBody) && !isObject(newBody)) return;
  if (!isObject(newBody)) {
    report(
      at,
      'request-body-removed',
      'breaking',
      'Request body removed; bodies clients send are no longer read.',
    );
    return;
  }
  const required = newBody['required'] === true;
  if (!isObject(oldBody)) {
    report(
      at,
      'request-body-added',
      required ? 'breaking' : 'compatible',
      `New ${required ? 'required' : 'optional'} request body.`,
    );
    return;
  }
  if (oldBody['required'] !== true && required)
    report(at, 'request-body-required', 'breaking', 'Request body became required.');
  if (oldBody['required'] === true && !required)
    report(at, 'request-body-optional', 'compatible', 'Request body became optional.');
  diffContent(
    context,
    pointer(at, 'content'),
    content(oldBody, context.resolveOld),
    content(newBody, context.resolveNew),
    'request',
  );
}

function diffContent(
  context: SchemaContext,
  base: string,
  before: Map<string, Json>,
  after: Map<string, Json>,
  direction: 'request' | 'response',
): void {
  for (const [type, media] of before) {
    const at = pointer(base, type);
    const match = after.get(type);
    if (match === undefined)
      context.report(
        at,
        'media-type-removed',
        'breaking',
        `Media type ${type} no longer ${direction === 'request' ? 'accepted' : 'returned'}.`,
      );
    else diffSchema(context, pointer(at, 'schema'), media['schema'], match['schema'], direction);
  }
  for (const type of after.keys())
    if (!before.has(type))
      context.report(
        pointer(base, type),
        'media-type-added',
        'compatible',
        `Media type ${type} now ${direction === 'request' ? 'accepted' : 'returned'}.`,
      );
}

function diffResponses(context: SchemaContext, pair: OperationPair): void {
  const { report } = context;
  const responses = (operation: Json) => (isObject(operation['responses']) ? operation['responses'] : {});
  const [before, after] = [responses(pair.old), responses(pair.now)];
  const base = pointer(pair.path, 'responses');
  const success = (status: string) => /^2/.test(status);
  for (const [status, response] of Object.entries(before)) {
    const at = pointer(base, status);
    if (!(status in after)) {
      // Clients are built around success responses; a dropped error response only documents less.
      report(
        at,
        'response-removed',
        success(status) ? 'breaking' : 'compatible',
        `Response ${status} removed.`,
      );
      continue;
    }
    diffContent(
      context,
      pointer(at, 'content'),
      content(response, context.resolveOld),
      content(after[status], context.resolveNew),
      'response',
    );
    diffResponseHeaders(context, at, response, after[status]);
  }
  for (const status of Object.keys(after))
    if (!(status in before))
      report(pointer(base, status), 'response-added', 'compatible', `Response ${status} added.`);
}
