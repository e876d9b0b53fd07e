// Calls every operation a contract declares against a served API and checks each answer against the
// contract: declared status, declared body schema, no 404/405 for a declared path, nothing undeclared
// served. Self-contained (ajv only), so generated projects carry this same file as their own test.
import { createHmac, randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

/** The parts of a spec-first plan the probe reads (a ContractPlan satisfies it). */
export interface ProbePlan {
  readonly basePath: string;
  readonly operations: readonly {
    readonly method: string;
    readonly path: string;
    readonly pointer: string;
    readonly kind: string;
    readonly collection?: string;
    readonly keyParam?: string;
    readonly requestWrapper?: string;
    readonly responseWrapper?: string;
    readonly security: readonly Readonly<Record<string, readonly string[]>>[];
    readonly handler?: string;
  }[];
  readonly collections: readonly { readonly path: string; readonly keyProperty?: string }[];
  readonly securitySchemes: Readonly<
    Record<
      string,
      { readonly type: string; readonly in?: string; readonly name?: string; readonly jwt: boolean }
    >
  >;
  readonly accounts?: { readonly identityProperties: readonly string[]; readonly tokenProperty?: string };
}

export interface ProbeOptions {
  /** The contract, as served (OpenAPI 3.1). */
  readonly document: object;
  readonly plan: ProbePlan;
  /** Where the API runs, without its base path: `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /** HS256 secret the server verifies tokens with (JWT_SECRET), for JWT schemes without local accounts. */
  readonly jwtSecret?: string;
  /** A key the server accepts for its apiKey schemes (API_KEYS). */
  readonly apiKey?: string;
  /** `user:password` the server accepts for http basic (BASIC_AUTH_USERS). */
  readonly basicUser?: string;
  readonly fetch?: typeof globalThis.fetch;
}

export interface ProbeCase {
  readonly method: string;
  readonly path: string;
  /** The status answered (0 when the request failed). */
  readonly status: number;
  /** `not-implemented`: a custom operation still answering 501 from its handler stub. */
  readonly outcome: 'passed' | 'failed' | 'not-implemented';
  readonly message?: string;
}

export interface ProbeReport {
  readonly cases: ProbeCase[];
  readonly passed: number;
  readonly failed: number;
  readonly notImplemented: number;
  /** Passed cases answered with a 2xx status (the others answered a declared error). */
  readonly succeeded: number;
}

const addFormats = addFormatsModule.default;
const order = [
  'register',
  'login',
  'create',
  'current-user',
  'update-current-user',
  'account-get',
  'list',
  'values',
  'get',
  'update',
  'replace',
  'custom',
  'delete',
];

/** Calls every declared operation once (creates first, deletes last) and checks every answer against the contract. */
export async function probeOperations(options: ProbeOptions): Promise<ProbeReport> {
  const document = options.document as Json;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false, validateSchema: false }));
  ajv.addSchema({ ...document, $id: 'contract.json' });
  const at = (pointer: string): unknown => {
    let current: unknown = document;
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      current = typeof current === 'object' && current !== null ? (current as Json)[key] : undefined;
    }
    return current;
  };
  const resolved = (pointer: string): string => {
    let current = pointer;
    for (let i = 0; i < 20; i++) {
      const ref = (at(current) as { $ref?: unknown } | undefined)?.$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/')) return current;
      current = decodeURIComponent(ref.slice(1));
    }
    return current;
  };
  const resolve = (value: unknown): Json => {
    let current = value;
    for (let i = 0; i < 20; i++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/')) break;
      current = at(decodeURIComponent(ref.slice(1)));
    }
    return typeof current === 'object' && current !== null ? (current as Json) : {};
  };
  const jsonMedia = (holder: string): { pointer: string; media: Json } | undefined => {
    const base = resolved(holder);
    const content = (at(base) as { content?: Json } | undefined)?.content ?? {};
    const type = Object.keys(content).find((name) => /^application\/(.+\+)?json/.test(name));
    if (type === undefined) return undefined;
    return {
      pointer: `${base}/content/${type.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      media: content[type] as Json,
    };
  };

  const keys = new Map<string, Json>(); // collection → a created item
  const tokenFor: { account?: string; body?: Json } = {};
  const cases: ProbeCase[] = [];
  const operations = [...options.plan.operations].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind),
  );
  const unique = randomUUID().slice(0, 8);

  const sampleBody = (operation: ProbePlan['operations'][number]): unknown => {
    const media = jsonMedia(`${operation.pointer}/requestBody`);
    if (!media) return undefined;
    const example =
      media.media.example ??
      Object.values((media.media.examples as Record<string, Json> | undefined) ?? {})[0]?.value;
    let body = example !== undefined ? structuredClone(example) : sample(media.media.schema, resolve);
    // A contract's own examples can break its schema (an id that is not a uuid): then values made from types are sent.
    const check = ajv.getSchema(
      `contract.json#${media.pointer.split('/').map(encodeURIComponent).join('/')}/schema`,
    );
    if (check && !check(body)) body = sample(media.media.schema, resolve, undefined, 0, false);
    if (
      operation.kind === 'register' ||
      operation.kind === 'login' ||
      operation.kind === 'update-current-user'
    ) {
      const inner = (operation.requestWrapper ? (body as Json)[operation.requestWrapper] : body) as Json;
      for (const property of options.plan.accounts?.identityProperties ?? [])
        if (typeof inner[property] === 'string' || operation.kind === 'register')
          inner[property] = /mail/i.test(property) ? `probe-${unique}@example.com` : `probe${unique}`;
      inner['password'] = inner['password'] ?? 'correct horse battery staple';
      if (operation.kind === 'register' || operation.kind === 'login')
        inner['password'] = 'correct horse battery staple';
      body = operation.requestWrapper ? { [operation.requestWrapper]: inner } : inner;
    }
    return body;
  };

  const credentials = (operation: ProbePlan['operations'][number]): Record<string, string> | undefined => {
    if (operation.security.length === 0) return {};
    for (const alternative of operation.security) {
      const headers: Record<string, string> = {};
      let satisfied = true;
      for (const [name, scopes] of Object.entries(alternative)) {
        const scheme = options.plan.securitySchemes[name];
        const token = scheme?.jwt ? (tokenFor.account ?? signed(options.jwtSecret, scopes)) : undefined;
        if (scheme?.jwt && token) {
          if (scheme.type === 'apiKey')
            headers[(scheme.name ?? 'authorization').toLowerCase()] = `Token ${token}`;
          else headers['authorization'] = `Bearer ${token}`;
        } else if (scheme?.type === 'apiKey' && options.apiKey && scheme.in === 'header')
          headers[(scheme.name ?? '').toLowerCase()] = options.apiKey;
        else if (scheme?.type === 'apiKey' && options.apiKey && scheme.in === 'cookie')
          headers['cookie'] = `${scheme.name}=${encodeURIComponent(options.apiKey)}`;
        else if (scheme?.type === 'apiKey' && options.apiKey && scheme.in === 'query')
          headers[`?${scheme.name}`] = options.apiKey;
        else if (scheme?.type === 'basic' && options.basicUser)
          headers['authorization'] = `Basic ${Buffer.from(options.basicUser).toString('base64')}`;
        else satisfied = false;
      }
      if (satisfied) return headers;
    }
    return undefined;
  };

  for (const operation of operations) {
    const label = { method: operation.method, path: operation.path };
    const auth = credentials(operation);
    if (auth === undefined) {
      cases.push({
        ...label,
        status: 0,
        outcome: 'failed',
        message: 'no credentials given for any of its security alternatives',
      });
      continue;
    }
    const created = operation.collection ? keys.get(operation.collection) : undefined;
    let usedCreatedKey = false;
    const query = new URLSearchParams();
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const [name, value] of Object.entries(auth)) {
      if (name.startsWith('?')) query.set(name.slice(1), value);
      else headers[name] = value;
    }
    const parameters = parametersOf(operation.pointer, at, resolve);
    let path = operation.path;
    for (const name of [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)) {
      // An item the probe created, or its own account (`/profiles/{username}`), is what the path names.
      const own =
        created && name === operation.keyParam
          ? lookupKey(options.plan, operation.collection, created)
          : operation.kind === 'account-get'
            ? tokenFor.body?.[name]
            : undefined;
      const parent = parentKey(options.plan, keys, operation.path, name);
      const value =
        own ??
        parent ??
        sample(
          parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? { type: 'string' },
          resolve,
          parameters.find((p) => p.name === name),
        );
      usedCreatedKey ||= own !== undefined || parent !== undefined;
      path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    }
    for (const parameter of parameters)
      if (parameter.required && parameter.in === 'query')
        query.set(parameter.name, String(sample(parameter.schema, resolve, parameter)));
      else if (parameter.required && parameter.in === 'header')
        headers[parameter.name.toLowerCase()] = String(sample(parameter.schema, resolve, parameter));
    const body = sampleBody(operation);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = `${options.baseUrl}${options.plan.basePath}${path}${query.size > 0 ? `?${query}` : ''}`;
    let status = 0;
    let parsed: unknown;
    try {
      const response = await fetchImpl(url, {
        method: operation.method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      status = response.status;
      const text = await response.text();
      parsed = text === '' ? undefined : safeJson(text);
    } catch (error) {
      cases.push({
        ...label,
        status,
        outcome: 'failed',
        message: `request failed: ${(error as Error).message}`,
      });
      continue;
    }
    const responses = (at(`${resolved(operation.pointer)}/responses`) as Json | undefined) ?? {};
    const code = [String(status), `${String(status)[0]}XX`, 'default'].find(
      (candidate) => responses[candidate] !== undefined,
    );
    const fail = (message: string) => cases.push({ ...label, status, outcome: 'failed', message });
    if (status === 501 && operation.kind === 'custom') {
      cases.push({
        ...label,
        status,
        outcome: 'not-implemented',
        message: `handler src/handlers/${operation.handler}.ts`,
      });
      continue;
    }
    if (status === 405) fail('405 for a declared method');
    // A 404 is a routing failure for a literal path or an item the probe created; for an item it could
    // not create (the contract has no operation that does), it is the honest answer "no such item".
    else if (status === 404 && (usedCreatedKey || !operation.path.includes('{')))
      fail(`404 for a declared path${usedCreatedKey ? ' naming an item the probe created' : ''}`);
    else if (status === 404 && responses['404'] === undefined)
      cases.push({
        ...label,
        status,
        outcome: 'passed',
        message: 'no such item, and no declared operation creates one',
      });
    else if (status >= 500) fail(`server error ${status}: ${JSON.stringify(parsed)?.slice(0, 300)}`);
    else if (code === undefined)
      fail(
        `status ${status} is not declared (${Object.keys(responses).join(', ')}): ${JSON.stringify(parsed)?.slice(0, 300)}`,
      );
    else {
      const media = jsonMedia(
        `${operation.pointer}/responses/${code.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      );
      const validate = media
        ? ajv.getSchema(`contract.json#${media.pointer.split('/').map(encodeURIComponent).join('/')}/schema`)
        : undefined;
      if (validate && !validate(parsed))
        fail(
          `body violates the declared schema: ${ajv.errorsText(validate.errors, { dataVar: 'body' }).slice(0, 500)}`,
        );
      else cases.push({ ...label, status, outcome: 'passed' });
    }
    if (status >= 200 && status < 300 && operation.kind === 'create' && operation.collection) {
      // What came back, over what was sent: a create that answers without a body keeps the sent key.
      const unwrapped = (value: unknown, wrapper: string | undefined) => {
        const inner =
          wrapper && typeof value === 'object' && value !== null ? (value as Json)[wrapper] : value;
        return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Json) : {};
      };
      keys.set(operation.collection, {
        ...unwrapped(body, operation.requestWrapper),
        ...unwrapped(parsed, operation.responseWrapper),
      });
    }
    if (status >= 200 && status < 300 && (operation.kind === 'register' || operation.kind === 'login')) {
      const item = (operation.responseWrapper ? (parsed as Json)[operation.responseWrapper] : parsed) as
        Json | undefined;
      const property = options.plan.accounts?.tokenProperty;
      if (property && typeof item?.[property] === 'string') tokenFor.account = item[property];
      if (item) tokenFor.body = item;
    }
  }

  // Nothing undeclared is served: an unknown path is 404, an undeclared method on a declared path 405.
  const undeclared = await fetchImpl(`${options.baseUrl}${options.plan.basePath}/__undeclared_${unique}`, {
    method: 'GET',
  });
  cases.push({
    method: 'GET',
    path: `/__undeclared_${unique}`,
    status: undeclared.status,
    outcome: undeclared.status === 404 ? 'passed' : 'failed',
    ...(undeclared.status === 404 ? {} : { message: 'an undeclared path must answer 404' }),
  });
  await undeclared.text();
  const allMethods = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];
  const byPath = new Map<string, Set<string>>();
  for (const operation of options.plan.operations)
    byPath.set(operation.path, (byPath.get(operation.path) ?? new Set()).add(operation.method));
  const open = [...byPath.entries()].find(
    ([path, declared]) => !path.includes('{') && allMethods.some((m) => !declared.has(m)),
  );
  if (open) {
    const method = allMethods.find((m) => !open[1].has(m))!;
    const response = await fetchImpl(`${options.baseUrl}${options.plan.basePath}${open[0]}`, { method });
    await response.text();
    cases.push({
      method,
      path: open[0],
      status: response.status,
      outcome: response.status === 405 ? 'passed' : 'failed',
      ...(response.status === 405
        ? {}
        : { message: 'an undeclared method on a declared path must answer 405' }),
    });
  }
  const count = (outcome: ProbeCase['outcome']) => cases.filter((c) => c.outcome === outcome).length;
  return {
    cases,
    passed: count('passed'),
    failed: count('failed'),
    notImplemented: count('not-implemented'),
    succeeded: cases.filter((c) => c.outcome === 'passed' && c.status >= 200 && c.status < 300).length,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: unknown;
  example?: unknown;
}

function parametersOf(
  pointer: string,
  at: (p: string) => unknown,
  resolve: (v: unknown) => Json,
): Parameter[] {
  const pathItem = pointer.slice(0, pointer.lastIndexOf('/'));
  const found = new Map<string, Parameter>();
  for (const list of [at(`${pathItem}/parameters`), at(`${pointer}/parameters`)])
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = resolve(raw);
      if (typeof parameter['name'] !== 'string' || typeof parameter['in'] !== 'string') continue;
      found.set(`${parameter['in']}:${parameter['name']}`, {
        name: parameter['name'],
        in: parameter['in'],
        required: parameter['required'] === true || parameter['in'] === 'path',
        schema: parameter['schema'] ?? {},
        ...(parameter['example'] !== undefined ? { example: parameter['example'] } : {}),
      });
    }
  return [...found.values()];
}

function lookupKey(plan: ProbePlan, collection: string | undefined, item: Json): unknown {
  const keyProperty = plan.collections.find((c) => c.path === collection)?.keyProperty;
  return keyProperty ? item[keyProperty] : undefined;
}

/** A parent path parameter (`slug` in `/articles/{slug}/comments`) names the item the probe created in that collection. */
function parentKey(plan: ProbePlan, keys: Map<string, Json>, path: string, name: string): unknown {
  const prefix = path.slice(0, path.indexOf(`{${name}}`) - 1);
  if (path.endsWith(`{${name}}`) || !keys.has(prefix)) return undefined;
  return lookupKey(plan, prefix, keys.get(prefix)!);
}

function signed(secret: string | undefined, scopes: readonly string[]): string | undefined {
  if (!secret) return undefined;
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: 'probe', iat: now, exp: now + 600, scope: scopes.join(' ') })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** A value the schema accepts: its example, default, first enum value, or one made from its type. */
function sample(
  raw: unknown,
  resolve: (v: unknown) => Json,
  holder?: { example?: unknown },
  depth = 0,
  examples = true,
): unknown {
  if (examples && holder?.example !== undefined) return holder.example;
  const schema = resolve(raw);
  if (Array.isArray(schema['allOf'])) {
    const merged = schema['allOf'].map((part) => sample(part, resolve, undefined, depth + 1, examples));
    return merged.every((part) => typeof part === 'object' && part !== null && !Array.isArray(part))
      ? Object.assign({}, ...merged)
      : merged[0];
  }
  if (schema['const'] !== undefined) return schema['const'];
  if (examples && Array.isArray(schema['examples']) && schema['examples'].length > 0)
    return schema['examples'][0];
  if (examples && schema['example'] !== undefined) return schema['example'];
  if (schema['default'] !== undefined) return schema['default'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const alternatives = (schema['oneOf'] ?? schema['anyOf']) as unknown[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0)
    return sample(alternatives[0], resolve, undefined, depth + 1, examples);
  const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type']];
  const type = types.find((t) => t !== 'null') ?? (schema['properties'] ? 'object' : undefined);
  const formats: Record<string, string> = {
    'date-time': new Date().toISOString(),
    date: new Date().toISOString().slice(0, 10),
    uuid: randomUUID(),
    email: 'probe@example.com',
    uri: 'https://example.com/',
  };
  switch (type) {
    case 'string':
      return formats[String(schema['format'])] ?? 'probe'.padEnd(Number(schema['minLength'] ?? 0), 'x');
    case 'integer':
    case 'number':
      return typeof schema['minimum'] === 'number'
        ? schema['minimum']
        : typeof schema['exclusiveMinimum'] === 'number'
          ? schema['exclusiveMinimum'] + 1
          : 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 6
        ? []
        : Array.from({ length: Math.max(1, Number(schema['minItems'] ?? 1)) }, () =>
            sample(schema['items'] ?? {}, resolve, undefined, depth + 1, examples),
          );
    case 'object': {
      if (depth > 6) return {};
      const properties = (schema['properties'] as Json | undefined) ?? {};
      // Requests never send what the server owns.
      return Object.fromEntries(
        Object.entries(properties)
          .filter(([, value]) => resolve(value)['readOnly'] !== true)
          .map(([name, value]) => [name, sample(value, resolve, undefined, depth + 1, examples)]),
      );
    }
    default:
      return 'probe';
  }
}
