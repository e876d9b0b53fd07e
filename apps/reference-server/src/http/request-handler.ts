import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest, ServerError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { sendProblem } from './problem.js';
import { matchRoute, type Route } from './router.js';

/** The request target as a URL; one that does not parse (`GET http://[x/`) is the client's error. */
export function parseRequestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    throw badRequest('The request target is not a valid URL path.');
  }
}

/**
 * The server's one request handler. Everything from parsing the target to the route's last byte runs
 * inside one try: whatever throws ends as a problem+json answer (a 500 for unknown errors, logged), so
 * no request can take the process down.
 */
export function createRequestHandler(deps: { readonly routes: readonly Route[]; readonly metrics: Metrics }) {
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const stopTimer = deps.metrics.httpDuration.startTimer();
    let route: Route | undefined;
    let instance = '/';
    try {
      // Every answer, problems included: a browser never guesses a type we did not declare.
      res.setHeader('x-content-type-options', 'nosniff');
      const url = parseRequestUrl(req.url);
      instance = url.pathname;
      const matched = matchRoute(deps.routes, req.method ?? 'GET', url.pathname);
      route = matched.route;
      if (!route) {
        const { allowed } = matched;
        if (allowed.length > 0) res.setHeader('allow', allowed.join(', '));
        throw allowed.length > 0
          ? new ServerError(
              405,
              'method_not_allowed',
              `${req.method} is not allowed here; use ${allowed.join(' or ')}.`,
            )
          : new ServerError(404, 'not_found', `Nothing is served at ${url.pathname}; see /docs.`);
      }
      await route.handle({ req, res, url, params: matched.params });
    } catch (error) {
      sendProblem(res, error, instance);
    } finally {
      stopTimer({
        method: req.method ?? 'GET',
        route: route?.path ?? 'unmatched',
        status: String(res.statusCode),
      });
    }
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      // Only reached if answering itself failed (e.g. the socket broke mid-write): log and drop it.
      console.error(error);
      res.destroy();
    });
  };
}
