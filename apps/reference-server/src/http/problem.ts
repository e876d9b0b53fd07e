import type { ServerResponse } from 'node:http';
import { ForgeError } from '@smartapiforge/errors';
import { ServerError } from '../errors.js';

/** The RFC 9457 body for an error; unknown errors become a 500 without leaking their message. */
export function toProblem(error: unknown, instance: string) {
  if (error instanceof ServerError)
    return {
      status: error.status,
      retryAfter: error.retryAfterSeconds,
      body: {
        type: `/problems/${error.code}`,
        title: error.code.replaceAll('_', ' '),
        status: error.status,
        detail: error.message,
        instance,
        code: error.code,
        ...error.details,
      },
    };
  const code = ForgeError.isInstance(error) ? error.code : 'internal_error';
  return {
    status: 500,
    retryAfter: undefined,
    body: {
      type: `/problems/${code}`,
      title: 'internal error',
      status: 500,
      detail: 'The server failed; see its logs.',
      instance,
      code,
    },
  };
}

export function sendProblem(res: ServerResponse, error: unknown, instance: string): void {
  const problem = toProblem(error, instance);
  if (problem.status === 500) console.error(error);
  if (res.headersSent) return void res.end();
  res.statusCode = problem.status;
  res.setHeader('content-type', 'application/problem+json');
  if (problem.retryAfter !== undefined) res.setHeader('retry-after', String(problem.retryAfter));
  res.end(JSON.stringify(problem.body));
}
