import type { IncomingMessage } from 'node:http';
import type { TRPCRequestInfo } from '@trpc/server/http';
import type { Service } from '../service/service.js';

export interface TrpcContext {
  readonly service: Service;
  /** The authenticated owner; resolved (and rate-limited) once per HTTP request, on first use. */
  readonly owner: () => Promise<string>;
}

export interface ContextDependencies {
  readonly service: Service;
  /** The REST API's caller check: same auth and rate limits. */
  readonly caller: (req: IncomingMessage) => Promise<string>;
}

/**
 * Builds a request's context. EventSource (tRPC's HTTP subscriptions) cannot send headers, so a
 * subscription's access token arrives in tRPC's `connectionParams` (`{ token }`) and is checked as
 * the Authorization header would be.
 */
export function createContextFactory(deps: ContextDependencies) {
  return ({ req, info }: { req: IncomingMessage; info: TRPCRequestInfo }): TrpcContext => {
    const token = info.connectionParams?.token;
    if (token && !req.headers.authorization && req.headers['x-api-key'] === undefined)
      req.headers.authorization = `Bearer ${token}`;
    let owner: Promise<string> | undefined;
    return { service: deps.service, owner: () => (owner ??= deps.caller(req)) };
  };
}
