import { isObject, type Json } from '../import/document-refs.js';
import { diffSchema, type SchemaContext } from './diff-schema.js';
import { pointer } from './openapi-changes.js';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function webhooks(doc: Json, resolve: (value: unknown) => unknown): Map<string, Json> {
  const all = isObject(doc['webhooks']) ? doc['webhooks'] : {};
  const items = new Map<string, Json>();
  for (const [name, raw] of Object.entries(all)) {
    const item = resolve(raw);
    if (isObject(item)) items.set(name, item);
  }
  return items;
}

/** The JSON payload schema of a webhook operation's request body. */
function payload(operation: unknown, resolve: (value: unknown) => unknown): unknown {
  const body = isObject(operation) ? resolve(operation['requestBody']) : undefined;
  const content = isObject(body) && isObject(body['content']) ? body['content'] : {};
  const media = Object.entries(content).find(([type]) => /^application\/(.+\+)?json/.test(type))?.[1];
  return isObject(media) ? media['schema'] : undefined;
}

/**
 * Compares OpenAPI 3.1 webhooks: requests the API sends to its clients. A removed webhook or
 * operation breaks clients that listen for it; the payload is compared the way a response is (the
 * client reads it), so a removed payload property is breaking and a new one compatible.
 */
export function diffWebhooks(context: SchemaContext, before: Json, after: Json): void {
  const [oldHooks, newHooks] = [webhooks(before, context.resolveOld), webhooks(after, context.resolveNew)];
  for (const [name, item] of oldHooks) {
    const at = pointer('/webhooks', name);
    const match = newHooks.get(name);
    if (match === undefined) {
      context.report(
        at,
        'webhook-removed',
        'breaking',
        `Webhook ${name} removed; its listeners get nothing.`,
      );
      continue;
    }
    for (const method of methods) {
      if (!isObject(item[method])) continue;
      if (!isObject(match[method])) {
        context.report(
          pointer(at, method),
          'webhook-removed',
          'breaking',
          `Webhook ${name} no longer sends ${method.toUpperCase()}.`,
        );
        continue;
      }
      const schemaAt = pointer(at, method, 'requestBody', 'content', 'application/json', 'schema');
      diffSchema(
        context,
        schemaAt,
        payload(item[method], context.resolveOld),
        payload(match[method], context.resolveNew),
        'response',
      );
    }
  }
  for (const name of newHooks.keys())
    if (!oldHooks.has(name))
      context.report(pointer('/webhooks', name), 'webhook-added', 'compatible', `Webhook ${name} added.`);
}
