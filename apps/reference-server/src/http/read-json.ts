import type { IncomingMessage } from 'node:http';
import { badRequest, ServerError } from '../errors.js';
import { checkJsonValue } from './json-limits.js';

const maxBytes = 1_000_000;

/**
 * Reads a JSON object body, refusing bodies over 1 MB, anything that is not an object, nesting deeper
 * than the server stores, and strings PostgreSQL cannot hold (NUL, lone surrogates).
 */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new ServerError(413, 'body_too_large', `The body exceeds ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('The body must be a JSON object.');
  checkJsonValue(body, 'body');
  return body as Record<string, unknown>;
}
