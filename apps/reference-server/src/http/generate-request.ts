import { badRequest } from '../errors.js';
import type { JobInput } from '../store/store.js';

/** Validates a POST /v1/generate body into the job input stored with the job. */
export function parseGenerateRequest(body: Record<string, unknown>): JobInput {
  const { prompt, spec, stack = 'express', deploy = true, test = true } = body;
  if ((prompt === undefined) === (spec === undefined))
    throw badRequest('Send exactly one of `prompt` or `spec`.');
  if (prompt !== undefined && (typeof prompt !== 'string' || prompt.trim() === '' || prompt.length > 4000))
    throw badRequest('`prompt` must be a non-empty string of at most 4000 characters.');
  if (spec !== undefined && (typeof spec !== 'object' || spec === null || Array.isArray(spec)))
    throw badRequest('`spec` must be an API design object.');
  if (stack !== 'express')
    throw badRequest('`stack` must be "express", the only stack the SDK scaffolds.', { stack });
  if (typeof deploy !== 'boolean' || typeof test !== 'boolean')
    throw badRequest('`deploy` and `test` must be booleans.');
  return { ...(prompt === undefined ? { design: spec } : { prompt: prompt as string }), stack, deploy, test };
}
