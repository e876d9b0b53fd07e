import {
  Agent,
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The stable address of a local deployment: a loopback HTTP proxy in front of whichever version is
 * current. Switching versions changes where it forwards, per request, so a client's keep-alive
 * connection outlives the switch. While held, new requests wait (they are not refused) until a
 * version is current again; requests already forwarded are counted so the old version can be
 * drained before it stops.
 */
export class FrontProxy {
  readonly url: string;
  readonly #server: Server;
  readonly #agent = new Agent({ keepAlive: true });
  readonly #sockets = new Set<Socket>();
  #target: string | undefined;
  #waiting: (() => void)[] = [];
  /** Requests forwarded and not yet answered, per version address. */
  readonly #inFlight = new Map<string, number>();
  #drained: { target: string; resolve: () => void }[] = [];

  private constructor(server: Server, url: string) {
    this.#server = server;
    this.url = url;
  }

  /** Listens on a free 127.0.0.1 port, holding requests until `forwardTo` names a version. */
  static async listen(): Promise<FrontProxy> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    const proxy = new FrontProxy(server, `http://127.0.0.1:${port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void proxy.#handle(req, res));
    server.on('connection', (socket: Socket) => {
      proxy.#sockets.add(socket);
      socket.once('close', () => proxy.#sockets.delete(socket));
    });
    return proxy;
  }

  /** Sends requests (the ones held included) to `target` from now on. */
  forwardTo(target: string): void {
    this.#target = target;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resume of waiting) resume();
  }

  /** Holds new requests and resolves once every forwarded request has been answered. */
  async hold(): Promise<void> {
    const previous = this.#target;
    this.#target = undefined;
    if (previous !== undefined) await this.drained(previous);
  }

  /** Resolves once no request forwarded to `target` is still waiting for its answer. */
  async drained(target: string): Promise<void> {
    if ((this.#inFlight.get(target) ?? 0) === 0) return;
    await new Promise<void>((resolve) => this.#drained.push({ target, resolve }));
  }

  async close(): Promise<void> {
    this.#agent.destroy();
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let base: string | undefined;
    while ((base = this.#target) === undefined)
      await new Promise<void>((resume) => this.#waiting.push(resume));
    const target = new URL(req.url ?? '/', base);
    this.#inFlight.set(base, (this.#inFlight.get(base) ?? 0) + 1);
    const done = () => {
      const left = this.#inFlight.get(base)! - 1;
      this.#inFlight.set(base, left);
      if (left > 0) return;
      const ready = this.#drained.filter((waiter) => waiter.target === base);
      this.#drained = this.#drained.filter((waiter) => waiter.target !== base);
      for (const waiter of ready) waiter.resolve();
    };
    res.once('close', done);
    const upstream = request(
      target,
      {
        method: req.method,
        headers: { ...req.headers, host: target.host },
        agent: this.#agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) res.destroy(error);
      else
        res
          .writeHead(502, { 'content-type': 'application/problem+json' })
          .end(JSON.stringify({ title: 'Bad Gateway', status: 502, detail: error.message }));
    });
    req.pipe(upstream);
  }
}
