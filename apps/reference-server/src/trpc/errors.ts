import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ServerError } from '../errors.js';

const codeByStatus: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
};

/** The tRPC code for a ServerError's HTTP status. */
export const trpcCodeOf = (error: ServerError): TRPC_ERROR_CODE_KEY =>
  codeByStatus[error.status] ?? 'INTERNAL_SERVER_ERROR';

/** The service's typed error as a tRPC error with the matching HTTP status; the original stays its cause. */
export function toTrpcError(error: ServerError): TRPCError {
  return new TRPCError({
    code: trpcCodeOf(error),
    message: error.message,
    cause: error,
  });
}

/** The ServerError behind a tRPC error, if any. */
export const serverErrorOf = (error: TRPCError): ServerError | undefined =>
  error.cause instanceof ServerError ? error.cause : undefined;
