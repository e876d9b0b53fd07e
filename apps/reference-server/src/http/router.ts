import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest } from '../errors.js';
import { isUuid } from '../ids.js';

export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
}

export interface Route {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Path with `:name` segments, e.g. `/v1/jobs/:id` (`:id` only matches a UUID); the metrics `route` label. */
  readonly path: string;
  readonly handle: (ctx: RequestContext) => Promise<void>;
}

/** Finds the route for a method and path; `allowed` lists methods when only the path matches. */
export function matchRoute(routes: readonly Route[], method: string, pathname: string) {
  const segments = pathname.split('/');
  const allowed: string[] = [];
  for (const route of routes) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const same = pattern.every((part, i) => {
      if (part === ':id') return isUuid((params.id = segments[i]!));
      if (part.startsWith(':')) return (params[part.slice(1)] = decodePathSegment(segments[i]!)) !== '';
      return part === segments[i];
    });
    if (!same) continue;
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { route: undefined, params: {}, allowed };
}

/** A path segment with its %-escapes decoded; a malformed escape is the client's error (400), not a throw. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment "${segment}" has a malformed %-escape; encode "%" as %25.`);
  }
}
