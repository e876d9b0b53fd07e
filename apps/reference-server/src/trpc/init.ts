import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { ServerError } from '../errors.js';
import type { TrpcContext } from './context.js';
import { serverErrorOf, toTrpcError, trpcCodeOf } from './errors.js';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';

/** A Zod failure as one readable sentence per field, e.g. "prompt: Too small: expected …". */
const describeZodError = (error: ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');

const t = initTRPC.context<TrpcContext>().create({
  // Dates (createdAt, finishedAt) arrive as Dates, as the types say.
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const problem = serverErrorOf(error);
    const invalid = error.cause instanceof ZodError ? error.cause : undefined;
    // Like the REST API's problem+json: typed errors keep their message and stable code, anything
    // unexpected is reported without leaking its message.
    const internal = !problem && !invalid && error.code === 'INTERNAL_SERVER_ERROR';
    // Errors raised inside a running subscription reach here unmapped; give them their real code.
    const code = problem ? trpcCodeOf(problem) : shape.data.code;
    return {
      ...shape,
      code: problem ? TRPC_ERROR_CODES_BY_KEY[code] : shape.code,
      message: internal
        ? 'The server failed; see its logs.'
        : invalid
          ? `Invalid input: ${describeZodError(invalid)}`
          : shape.message,
      data: {
        code,
        httpStatus: problem ? problem.status : shape.data.httpStatus,
        path: shape.data.path,
        problem: problem
          ? { code: problem.code, retryAfterSeconds: problem.retryAfterSeconds ?? null }
          : invalid
            ? { code: 'invalid_request', retryAfterSeconds: null }
            : null,
      },
    };
  },
});

export const router = t.router;

/** Every procedure needs a caller: the same bearer token or API key and rate limits as REST. */
export const authedProcedure = t.procedure.use(async ({ ctx, next }) => {
  let owner: string;
  try {
    owner = await ctx.owner();
  } catch (error) {
    throw error instanceof ServerError ? toTrpcError(error) : error;
  }
  const result = await next({ ctx: { ownerId: owner } });
  if (!result.ok) {
    const cause = serverErrorOf(result.error);
    if (cause) throw toTrpcError(cause);
  }
  return result;
});
