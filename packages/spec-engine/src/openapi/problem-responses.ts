import type { oas31 } from 'openapi3-ts';

/** Reusable error responses, keyed by status; each carries an RFC 9457 body. */
export const problemResponses: Record<string, { name: string; title: string; description: string }> = {
  '400': {
    name: 'BadRequest',
    title: 'Bad Request',
    description: 'The request is malformed (bad JSON, unknown query parameter).',
  },
  '401': { name: 'Unauthorized', title: 'Unauthorized', description: 'Credentials are missing or invalid.' },
  '403': { name: 'Forbidden', title: 'Forbidden', description: 'The caller may not access this resource.' },
  '404': { name: 'NotFound', title: 'Not Found', description: 'No resource has this id.' },
  '409': {
    name: 'Conflict',
    title: 'Conflict',
    description: 'A unique field already has this value, or the pair is already linked.',
  },
  '413': {
    name: 'PayloadTooLarge',
    title: 'Content Too Large',
    description: 'The request body is too large.',
  },
  '422': {
    name: 'UnprocessableContent',
    title: 'Unprocessable Content',
    description: 'The input fails validation.',
  },
  '429': {
    name: 'TooManyRequests',
    title: 'Too Many Requests',
    description: 'Rate limit exceeded; retry after the given delay.',
  },
  '500': {
    name: 'InternalServerError',
    title: 'Internal Server Error',
    description: 'An unexpected error occurred.',
  },
};

export function problemResponse(status: string): oas31.ResponseObject {
  const info = problemResponses[status]!;
  const response: oas31.ResponseObject = {
    description: info.description,
    content: {
      'application/problem+json': {
        schema: { $ref: '#/components/schemas/Problem' },
        example: { type: 'about:blank', title: info.title, status: Number(status), detail: info.description },
      },
    },
  };
  if (status === '429') {
    response.headers = {
      'Retry-After': {
        description: 'Seconds to wait before retrying.',
        schema: { type: 'integer', minimum: 0 },
      },
    };
  }
  return response;
}

export function problemRef(status: string): oas31.ReferenceObject {
  return { $ref: `#/components/responses/${problemResponses[status]!.name}` };
}
