import { Agent, request, type IncomingMessage } from 'node:http';

/** A `fetch` for the suite's plain-HTTP calls, and how to let its connections go. */
export interface PlainHttpFetch {
  readonly fetch: typeof globalThis.fetch;
  /** Closes the kept-alive connections; calls made after it open new ones. */
  close(): void;
}

/**
 * `fetch` over node:http for `http:` URLs, over one kept-alive connection pool: the contract suite
 * makes a hundred-odd calls per API, and the built-in fetch spent ~1.2 ms of CPU on each where this
 * spends ~0.5 (measured, same loopback server), CPU the API under test and anything beside it on the
 * host then has. What the suite relies on behaves as with the built-in: method, headers, a string body
 * sent with its length, the path sent as given (malformed escapes included), status, headers and body
 * of the answer, abort by signal. Unlike it, a redirect is answered as is (the contract declares what
 * each operation answers, a redirect included) and nothing is decompressed (no Accept-Encoding is sent,
 * so nothing comes compressed). Any other URL or a Request object goes to `fallback`.
 */
export function createPlainHttpFetch(fallback: typeof globalThis.fetch = globalThis.fetch): PlainHttpFetch {
  const agent = new Agent({ keepAlive: true });
  const plainFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    if (input instanceof Request) return fallback(input, init);
    const url = new URL(input);
    if (
      url.protocol !== 'http:' ||
      (init.body !== undefined && init.body !== null && typeof init.body !== 'string')
    )
      return fallback(input, init);
    const body = typeof init.body === 'string' ? init.body : undefined;
    return new Promise((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const headers = new Headers(init.headers);
      if (body !== undefined) headers.set('content-length', String(Buffer.byteLength(body)));
      const call = request(
        url,
        {
          method: init.method ?? 'GET',
          headers: Object.fromEntries(headers),
          agent,
          ...(signal ? { signal } : {}),
        },
        (answer) => collect(answer, init.method, resolve, reject),
      );
      call.on('error', (error) => reject(signal?.aborted ? signal.reason : error));
      call.end(body);
    });
  };
  return { fetch: plainFetch as typeof globalThis.fetch, close: () => agent.destroy() };
}

/** Statuses whose answers have no body, for which `Response` refuses one. */
const bodiless = new Set([101, 204, 205, 304]);

function collect(
  answer: IncomingMessage,
  method: string | undefined,
  resolve: (response: Response) => void,
  reject: (error: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  answer.on('data', (chunk: Buffer) => chunks.push(chunk));
  answer.on('error', reject);
  answer.on('end', () => {
    try {
      const headers = new Headers();
      for (let index = 0; index < answer.rawHeaders.length; index += 2)
        headers.append(answer.rawHeaders[index]!, answer.rawHeaders[index + 1]!);
      const status = answer.statusCode ?? 0;
      const empty = bodiless.has(status) || method?.toUpperCase() === 'HEAD';
      resolve(
        new Response(empty ? null : Buffer.concat(chunks), {
          status,
          statusText: answer.statusMessage ?? '',
          headers,
        }),
      );
    } catch (error) {
      // A status Response cannot hold (below 200, above 599) or a header it refuses.
      reject(error);
    }
  });
}
