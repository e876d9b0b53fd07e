import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface FakeReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless undefined. */
  readonly body?: unknown;
  /** Sent as it is instead of `body` (a proxied response). */
  readonly raw?: Buffer;
}

interface InjectedFailure {
  readonly method: string;
  readonly path: RegExp;
  readonly reply: FakeReply;
  remaining: number;
}

/**
 * A loopback HTTP server for a cloud API fake: records every request for assertions, lets a test make
 * the next matching calls fail (401, 429, ...), and hands the rest to the fake's router.
 */
export class FakeApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly #failures: InjectedFailure[] = [];
  readonly #delays: { method: string; path: RegExp; ms: number; remaining: number }[] = [];
  readonly #server;
  url = '';

  constructor(route: (request: RecordedRequest, json: () => unknown) => Promise<FakeReply>) {
    this.#server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const url = new URL(req.url ?? '/', 'http://fake');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      this.requests.push(request);
      const delayMs = this.#takeDelay(request);
      const reply =
        this.#takeFailure(request) ??
        (await route(request, () => JSON.parse(request.body.toString())).catch(
          (error: unknown): FakeReply => ({ status: 500, body: { error: String(error) } }),
        ));
      // The service did the work at once but its answer arrives late, as over a slow link.
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next `times` requests matching `method` and `path` get `reply` instead of the fake's answer. */
  failNext(method: string, path: RegExp, reply: FakeReply, times = 1): void {
    this.#failures.push({ method, path, reply, remaining: times });
  }

  /** The next `times` answers to requests matching `method` and `path` are sent `ms` after the work is done. */
  delayNext(method: string, path: RegExp, ms: number, times = 1): void {
    this.#delays.push({ method, path, ms, remaining: times });
  }

  /** Requests so far to `method` on paths matching `path`. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  #takeDelay(request: RecordedRequest): number {
    const delay = this.#delays.find(
      (candidate) =>
        candidate.remaining > 0 && candidate.method === request.method && candidate.path.test(request.path),
    );
    if (delay) delay.remaining -= 1;
    return delay?.ms ?? 0;
  }

  #takeFailure(request: RecordedRequest): FakeReply | undefined {
    const failure = this.#failures.find(
      (candidate) =>
        candidate.remaining > 0 && candidate.method === request.method && candidate.path.test(request.path),
    );
    if (failure) failure.remaining -= 1;
    return failure?.reply;
  }
}
