import type {
  ContractDocument,
  ContractOperation,
  ContractResource,
  ContractResponse,
  JsonSchema,
} from './contract-api.js';
import { Expectation, expect, summary } from './contract-case.js';
import type { SchemaCheck } from './schema-check.js';

export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly body: unknown;
  /** `METHOD /path` as sent, for messages. */
  readonly what: string;
}

export interface SendOptions {
  /** Path parameter values, percent-encoded when sent. */
  readonly params?: Record<string, string>;
  /** The path exactly as sent, bypassing encoding: for malformed escapes. */
  readonly rawPath?: string;
  readonly query?: Record<string, string | number | boolean>;
  readonly body?: unknown;
  /** A body sent as is (with a JSON content type), e.g. malformed JSON. */
  readonly rawBody?: string;
  /** The credential to send; null sends none; unset sends the first user's. */
  readonly token?: string | null;
  /** Headers replacing the credential header, e.g. a malformed Authorization. */
  readonly headers?: Record<string, string>;
}

/** A record some call of the suite created, with the credential that owns it. */
export interface CreatedRecord {
  readonly resource: ContractResource;
  readonly body: unknown;
  /** As sent: null for none, undefined for the first user's. */
  readonly token: string | null | undefined;
}

/**
 * Calls operations of the document and checks every reply against what the operation declares: the
 * status (exact, range or default), the media type and body schema of that response, and its
 * headers. A reply that breaks the contract fails the case that made the call.
 */
export class ContractClient {
  /** `METHOD /path` of every operation that has answered with a success status. */
  readonly succeeded = new Set<string>();
  /** Every record a create operation answered with success, in order, whether or not the case expected it. */
  readonly created: CreatedRecord[] = [];

  constructor(
    private readonly document: ContractDocument,
    private readonly schemas: SchemaCheck,
    private readonly baseUrl: string,
    private readonly defaultToken: string | undefined,
    private readonly fetchImpl: typeof globalThis.fetch,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async send(operation: ContractOperation, options: SendOptions = {}): Promise<Reply> {
    const path =
      options.rawPath ??
      operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const value = options.params?.[name];
        if (value === undefined)
          throw new Expectation(`no value for path parameter ${name} of ${operation.path}`);
        return encodeURIComponent(value);
      });
    const url = new URL(`${this.baseUrl.replace(/\/$/, '')}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {}))
      url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const token = options.token === undefined ? this.defaultToken : options.token;
    if (token) Object.assign(headers, this.document.credentialHeader(token));
    Object.assign(headers, options.headers);
    const text = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (text !== undefined) headers['content-type'] = 'application/json';
    const what = `${operation.method.toUpperCase()} ${path}${url.search}`;
    const response = await this.fetchImpl(url, {
      method: operation.method.toUpperCase(),
      headers,
      ...(text === undefined ? {} : { body: text }),
      ...(this.signal ? { signal: this.signal } : {}),
    });
    const raw = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let body: unknown = raw;
    if (/json/.test(contentType) && raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new Expectation(`${what} answered ${contentType} that is not valid JSON: ${summary(raw)}`);
      }
    }
    const reply: Reply = { status: response.status, contentType, headers: response.headers, body, what };
    // Recorded before the reply is judged: a row stored by a reply that breaks the contract is still stored.
    const resource = this.document.resources.find((candidate) => candidate.create === operation);
    if (resource && reply.status >= 200 && reply.status < 300)
      this.created.push({ resource, body, token: options.token });
    const broken = this.conformance(operation, reply, raw);
    if (broken) throw new Expectation(`${what}: ${broken}`);
    if (reply.status >= 200 && reply.status < 300)
      this.succeeded.add(`${operation.method} ${operation.path}`);
    return reply;
  }

  private conformance(operation: ContractOperation, reply: Reply, raw: string): string | undefined {
    const status = String(reply.status);
    const declared: ContractResponse | undefined =
      operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.DEFAULT;
    if (!declared) {
      const listed = Object.keys(operation.responses).join(', ');
      return `answered ${status}, a status the document does not declare for this operation (${listed}) ${summary(reply.body)}`;
    }
    const mediaTypes = Object.keys(declared.content);
    if (mediaTypes.length === 0) {
      if (reply.status === 204 && raw !== '') return '204 with a body';
    } else if (raw !== '' || reply.status !== 204) {
      const sent = reply.contentType.split(';')[0]!.trim().toLowerCase();
      const mediaType = mediaTypes.find((type) => mediaTypeMatches(type, sent));
      if (!mediaType) return `answered ${status} as "${reply.contentType}", not ${mediaTypes.join(' or ')}`;
      const schema = declared.content[mediaType];
      const problem = schema ? this.schemas.problem(schema, reply.body) : undefined;
      if (problem)
        return `the ${status} body does not match its declared schema: ${problem} ${summary(reply.body)}`;
    }
    for (const [name, header] of Object.entries(declared.headers)) {
      const value = reply.headers.get(name);
      if (value === null) {
        if (header.required) return `the ${status} response lacks its required ${name} header`;
        continue;
      }
      if (!header.schema) continue;
      const problem = this.schemas.problem(header.schema, headerValue(header.schema, value));
      if (problem) return `header ${name}: "${value}" does not match its schema: ${problem}`;
    }
    return undefined;
  }
}

function mediaTypeMatches(declared: string, sent: string): boolean {
  const [type, subtype] = declared.split(';')[0]!.trim().toLowerCase().split('/');
  const [sentType, sentSubtype] = sent.split('/');
  return (type === '*' || type === sentType) && (subtype === '*' || subtype === sentSubtype);
}

function headerValue(schema: JsonSchema, value: string): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return type === 'integer' || type === 'number' ? Number(value) : value;
}

/** The reply is `status` (one of) with a problem+json body: the error shape every failure must have. */
export function expectProblem(reply: Reply, statuses: number[]): void {
  expect(
    statuses.includes(reply.status),
    `${reply.what}: expected ${statuses.join(' or ')}, got ${reply.status} ${summary(reply.body)}`,
  );
  expect(
    /^application\/problem\+json/.test(reply.contentType),
    `${reply.what}: content-type is "${reply.contentType}", not application/problem+json`,
  );
}

/** The reply is `status`; its body was already validated against the operation's declared schema. */
export function expectStatus(reply: Reply, status: number): void {
  expect(
    reply.status === status,
    `${reply.what}: expected ${status}, got ${reply.status} ${summary(reply.body)}`,
  );
}

/** Never a server error, always problem+json: what any refused input must get. */
export function expectRefused(reply: Reply, statuses: number[]): void {
  expect(reply.status < 500, `${reply.what}: the server failed with ${reply.status} ${summary(reply.body)}`);
  expectProblem(reply, statuses);
}
