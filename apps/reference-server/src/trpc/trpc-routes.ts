import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import type { Route } from '../http/router.js';
import { appRouter } from './app-router.js';
import { createContextFactory, type ContextDependencies } from './context.js';
import { serverErrorOf } from './errors.js';

/**
 * `GET|POST /trpc/:procedure` (batched calls name several procedures, comma-separated, in that one
 * segment). Errors are answered by tRPC itself, with statuses from the service's typed errors and a
 * Retry-After header on quota and rate-limit refusals.
 */
export function trpcRoutes(deps: ContextDependencies): Route[] {
  const createContext = createContextFactory(deps);
  const handle: Route['handle'] = async ({ req, res, params }) => {
    await nodeHTTPRequestHandler({
      router: appRouter,
      req,
      res,
      path: params.procedure!,
      createContext,
      responseMeta({ errors }) {
        const retryAfter = errors
          .map((error) => serverErrorOf(error)?.retryAfterSeconds)
          .find((seconds) => seconds !== undefined);
        return retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } };
      },
      onError({ error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR' && !serverErrorOf(error)) console.error(error);
      },
    });
  };
  return [
    { method: 'GET', path: '/trpc/:procedure', handle },
    { method: 'POST', path: '/trpc/:procedure', handle },
  ];
}
