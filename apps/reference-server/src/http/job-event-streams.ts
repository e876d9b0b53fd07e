import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { badRequest, notFound } from '../errors.js';
import { isUuid } from '../ids.js';
import type { EventBus } from '../jobs/event-bus.js';
import { streamJobEvents } from '../jobs/stream-job-events.js';
import type { Store } from '../store/store.js';
import { toProblem } from './problem.js';
import type { Route } from './router.js';

export interface StreamDependencies {
  readonly store: Store;
  readonly bus: EventBus;
  readonly caller: (req: IncomingMessage) => Promise<string>;
}

/** Authenticates, checks the job is the caller's, and reads the resume point (header wins over query). */
async function openStream(deps: StreamDependencies, req: IncomingMessage, jobId: string) {
  const owner = await deps.caller(req);
  if (!isUuid(jobId) || !(await deps.store.getJob(owner, jobId))) throw notFound(`Job ${jobId}`);
  const raw =
    req.headers['last-event-id'] ??
    new URL(req.url ?? '/', 'http://localhost').searchParams.get('lastEventId') ??
    '0';
  const afterId = Number(raw);
  if (!Number.isInteger(afterId) || afterId < 0)
    throw badRequest('The last event id must be a non-negative integer.');
  return { owner, afterId };
}

/** `GET /v1/jobs/:id/events`: Server-Sent Events, each with `id:` so EventSource resumes by itself. */
export function sseRoute(deps: StreamDependencies): Route {
  return {
    method: 'GET',
    path: '/v1/jobs/:id/events',
    async handle({ req, res, params }) {
      const { owner, afterId } = await openStream(deps, req, params.id!);
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const closed = new AbortController();
      res.on('close', () => closed.abort());
      await streamJobEvents({
        ...deps,
        ownerId: owner,
        jobId: params.id!,
        afterId,
        signal: closed.signal,
        send: ({ id, event }) =>
          void res.write(`id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
      });
      res.end();
    },
  };
}

/**
 * `WS /ws/jobs/:id`: the same stream as JSON messages `{ id, event }`; the server closes with 1000
 * after the final event. Refusals are answered as problem+json before the upgrade.
 */
export function createWebSocketUpgrade(deps: StreamDependencies) {
  const wss = new WebSocketServer({ noServer: true });
  const pattern = /^\/ws\/jobs\/([^/]+)$/;
  return {
    async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const jobId = pattern.exec(url.pathname)?.[1];
      let opened: { owner: string; afterId: number };
      try {
        if (!jobId) throw notFound(`WebSocket endpoint ${url.pathname}`);
        opened = await openStream(deps, req, decodeURIComponent(jobId));
      } catch (error) {
        const problem = toProblem(error, url.pathname);
        const body = JSON.stringify(problem.body);
        socket.end(
          `HTTP/1.1 ${problem.status} ${problem.body.title}\r\ncontent-type: application/problem+json\r\n` +
            `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
        );
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const closed = new AbortController();
        ws.on('close', () => closed.abort());
        streamJobEvents({
          ...deps,
          ownerId: opened.owner,
          jobId: decodeURIComponent(jobId),
          afterId: opened.afterId,
          signal: closed.signal,
          send: (event) => void ws.send(JSON.stringify(event)),
        })
          .then(() => ws.close(1000, 'job finished'))
          .catch(() => ws.close(1011, 'stream failed'));
      });
    },
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}
