import { pointer } from '../openapi/schema-locations.js';
import { isObject, jsonBodySchema, objectSchema, refResolver, type Json } from './document-refs.js';
import type { UnmappedItem } from './import-spec.js';
import { readSpec } from './read-spec.js';
import { SpecImportError } from './spec-import-error.js';
import { storageName } from './storage-name.js';
import { upgradeToOpenApi31 } from './upgrade-openapi.js';

/**
 * What a served operation does, recognised from its path and bodies:
 * - `list` / `create` on a collection path (`/articles`, `/articles/{slug}/comments`);
 * - `get` / `update` (PATCH, merge) / `replace` (PUT) / `delete` on its item path (`/articles/{slug}`);
 * - `register`, `login`, `current-user`, `update-current-user`, `account-get` for local accounts;
 * - `values`: a read-only list of strings gathered from a stored array property (`GET /tags`);
 * - `custom`: everything else, answered by a user-owned handler (501 until implemented).
 */
export type OperationKind =
  | 'list'
  | 'create'
  | 'get'
  | 'update'
  | 'replace'
  | 'delete'
  | 'register'
  | 'login'
  | 'current-user'
  | 'update-current-user'
  | 'account-get'
  | 'values'
  | 'custom';

/** One security alternative: every scheme named must pass (OpenAPI's AND inside an alternative). */
export type SecurityAlternative = Readonly<Record<string, readonly string[]>>;

export interface PlannedOperation {
  readonly method: string;
  /** The path template exactly as the document declares it (without the base path). */
  readonly path: string;
  /** JSON pointer of the operation in the document. */
  readonly pointer: string;
  /** The operation's id, or one made from method and path when it has none. */
  readonly operationId: string;
  readonly summary?: string;
  readonly kind: OperationKind;
  /** The collection it reads or writes (`list` … `delete`, `values`). */
  readonly collection?: string;
  /** `values` only: the stored array property the strings are gathered from (`tagList` of `/articles`). */
  readonly valuesFrom?: { readonly collection: string; readonly property: string };
  /** The path parameter naming the item (`slug` in `/articles/{slug}`). */
  readonly keyParam?: string;
  /** The path parameter naming the parent item of a nested collection (`slug` in `/articles/{slug}/comments`). */
  readonly parentParam?: string;
  /** The one property the request body wraps the item in (`user` in `{"user": {...}}`). */
  readonly requestWrapper?: string;
  /** The one property the response body wraps the item in. */
  readonly responseWrapper?: string;
  /** List responses: the array's property (absent for a bare array) and the total's property. */
  readonly listItems?: string;
  readonly listCount?: string;
  /** Query parameters that filter a list, and which stored property each one reads. */
  readonly filters?: readonly ListFilter[];
  readonly pagination?: { readonly limit?: string; readonly offset?: string; readonly page?: string };
  /** The success status the operation answers with (its lowest declared 2xx). */
  readonly status: number;
  /** Security alternatives; an empty list, or one empty alternative among them, means callers may be anonymous. */
  readonly security: readonly SecurityAlternative[];
  /** `custom` only: the user-owned handler file's base name (kebab-case, no extension). */
  readonly handler?: string;
}

export interface ListFilter {
  readonly param: string;
  readonly property: string;
  /** `equals` a scalar property, `contains` for an array property, `field` matches any string field of an object property. */
  readonly match: 'equals' | 'contains' | 'field';
}

export interface PlannedCollection {
  /** The collection's path (`/articles`, `/articles/{slug}/comments`), unique. */
  readonly path: string;
  /** Table it is stored in: lower snake_case, never an SQL reserved word; wire names never change. */
  readonly table: string;
  /** The item property that holds the key the item path names (absent: the key is kept beside the item). */
  readonly keyProperty?: string;
  /** How a new key is made when a create body does not carry one. */
  readonly keyKind: 'uuid' | 'integer' | 'slug' | 'string';
  /** Nested collections: items belong to one parent item of this collection path. */
  readonly parent?: string;
}

export interface AccountPlan {
  /** The register operation's collection path. */
  readonly collection: string;
  /** Table the accounts are stored in (password hashes in a column of their own). */
  readonly table: string;
  readonly passwordProperty: string;
  /** Properties that identify an account at login (each unique), in the order tried. */
  readonly identityProperties: readonly string[];
  /** The response property that carries the issued token, when the contract returns one in the item. */
  readonly tokenProperty?: string;
}

export interface SecuritySchemePlan {
  readonly type: 'bearer' | 'basic' | 'apiKey' | 'oauth2' | 'openIdConnect';
  /** apiKey only: where and under which name. */
  readonly in?: 'header' | 'query' | 'cookie';
  readonly name?: string;
  /** The scheme carries a JWT this API issues or a configured issuer signed (bearer, oauth2, OIDC, a token in Authorization). */
  readonly jwt: boolean;
  /** openIdConnect only: the provider's discovery document (`openIdConnectUrl`), which names its issuer and keys. */
  readonly discoveryUrl?: string;
}

/** How a contract is served as written: every operation recognised or handed to a user-owned handler. */
export interface ContractPlan {
  /** The path of the first server URL (`/api`), '' when the API sits at the root. */
  readonly basePath: string;
  readonly operations: readonly PlannedOperation[];
  readonly collections: readonly PlannedCollection[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemePlan>>;
  readonly accounts?: AccountPlan;
  /** Everything approximated or not served, each with the JSON pointer it concerns. */
  readonly warnings: readonly UnmappedItem[];
}

export interface ContractPlanResult {
  /** The document as served: OpenAPI 3.1 (a 3.0 input upgraded), nothing else changed. */
  readonly document: Json;
  readonly plan: ContractPlan;
}

const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
const loginWords = new Set([
  'login',
  'signin',
  'sign-in',
  'sign_in',
  'sessions',
  'session',
  'token',
  'tokens',
]);
const currentUserWords = new Set(['user', 'me', 'account', 'profile', 'self', 'whoami']);
const tokenProperties = ['token', 'accessToken', 'access_token', 'jwt', 'idToken', 'id_token'];
const countNames = /^(total|count|totalCount|total_count|.*Count|.*_count)$/;

interface Segment {
  readonly literal?: string;
  readonly param?: string;
}

const segmentsOf = (path: string): Segment[] =>
  path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      return param ? { param: param[1]! } : { literal: part };
    });

/**
 * Plans serving an OpenAPI 3.0/3.1 document exactly as written (spec-first): the base path from
 * `servers`, each operation recognised as collection CRUD keyed by its own path parameter, local
 * accounts (register/login/current user), or a custom operation for a user-owned handler. Nothing is
 * renamed on the wire; storage names are separate. Throws `SpecImportError` when there is nothing to serve.
 */
export function planContract(input: string | object): ContractPlanResult {
  const document = upgradeToOpenApi31(readSpec(input));
  const resolve = refResolver(document);
  const warnings: UnmappedItem[] = [];
  const warn = (path: string, reason: string) => warnings.push({ path, reason });
  const paths = isObject(document['paths']) ? document['paths'] : {};

  const basePath = readBasePath(document, warn);
  const securitySchemes = readSecuritySchemes(document, resolve, warn);

  interface Raw {
    method: string;
    path: string;
    op: Json;
    params: Json[];
  }
  const raws: Raw[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of methods) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = Array.isArray(op['parameters']) ? op['parameters'] : [];
      const params = [...shared, ...own].map(resolve).filter(isObject);
      raws.push({ method, path, op, params });
      if (isObject(op['callbacks']))
        warn(
          pointer('paths', path, method, 'callbacks'),
          'callbacks are documented, not sent: the server makes no outgoing calls',
        );
      if (isObject(op['requestBody'])) {
        const content = (resolve(op['requestBody']) as Json | undefined)?.['content'];
        if (isObject(content))
          for (const type of Object.keys(content))
            if (!/^application\/(.+\+)?json/.test(type) && Object.keys(content).some((t) => /json/.test(t)))
              warn(
                pointer('paths', path, method, 'requestBody', 'content', type),
                `${type} bodies are refused with 415; the JSON form is served`,
              );
      }
    }
  }
  if (raws.length === 0 && !isObject(document['webhooks']))
    throw new SpecImportError(
      'import_unmappable',
      'The document declares no operations under `paths` (and no webhooks); add at least one path with a method.',
      {
        location: '/paths',
      },
    );
  if (isObject(document['webhooks']))
    for (const name of Object.keys(document['webhooks']))
      warn(
        pointer('webhooks', name),
        'webhooks are documented, not sent: the server makes no outgoing calls',
      );

  const rawAt = (method: string, path: string) => raws.find((r) => r.method === method && r.path === path);
  const has = (method: string, path: string) => rawAt(method, path) !== undefined;
  const itemPathsUnder = (collection: string) =>
    raws.filter((r) => {
      const rest = r.path.slice(collection.length);
      return r.path.startsWith(`${collection}/`) && /^\/\{[^}/]+\}$/.test(rest);
    });
  const requestSchema = (r: Raw) => jsonBodySchema(r.op['requestBody'], resolve);
  const responseSchema = (r: Raw | undefined) => {
    if (r === undefined) return undefined;
    const responses = isObject(r.op['responses']) ? r.op['responses'] : {};
    for (const code of Object.keys(responses).sort())
      if (/^2\d\d$/.test(code)) {
        const schema = jsonBodySchema(responses[code], resolve);
        if (schema) return schema;
      }
    return undefined;
  };

  // Accounts: a register-shaped create and a login-shaped POST, both carrying a password.
  const passwordOf = (schema: Json | undefined) => {
    const body = unwrap(schema, resolve).item;
    const props = isObject(body?.['properties']) ? Object.keys(body['properties']) : [];
    const password = props.find((p) => /^password$/i.test(p));
    return password ? { password, props } : undefined;
  };
  let accounts: AccountPlan | undefined;
  const login = raws.find((r) => {
    const last = segmentsOf(r.path).at(-1);
    return (
      r.method === 'post' &&
      last?.literal !== undefined &&
      loginWords.has(last.literal.toLowerCase()) &&
      passwordOf(requestSchema(r))
    );
  });
  const register = raws.find((r) => {
    const segs = segmentsOf(r.path);
    const pw = passwordOf(requestSchema(r));
    return (
      r !== login &&
      r.method === 'post' &&
      segs.at(-1)?.literal !== undefined &&
      pw !== undefined &&
      pw.props.some((p) => /^(email|username|userName|login|name)$/.test(p))
    );
  });
  if (register && login) {
    const pw = passwordOf(requestSchema(register))!;
    const loginProps = passwordOf(requestSchema(login))!.props.filter((p) => p !== pw.password);
    const item = unwrap(responseSchema(register), resolve).item;
    const itemProps = isObject(item?.['properties']) ? Object.keys(item['properties']) : [];
    accounts = {
      collection: register.path,
      table: storageName('accounts', []),
      passwordProperty: pw.password,
      identityProperties: [
        ...new Set([...loginProps, ...pw.props.filter((p) => /^(email|username|userName|login)$/.test(p))]),
      ].filter((p) => pw.props.includes(p)),
      ...(itemProps.find((p) => tokenProperties.includes(p))
        ? { tokenProperty: itemProps.find((p) => tokenProperties.includes(p))! }
        : {}),
    };
  } else if (register || login)
    warn(
      pointer('paths', (register ?? login)!.path, 'post'),
      `${register ? 'a register' : 'a login'} operation without ${register ? 'a login' : 'a register'} one: local accounts need both; it is a custom operation`,
    );

  // Collections: literal paths with a list, a create or items beneath them.
  const collectionPaths = new Set<string>();
  for (const r of raws) {
    const segs = segmentsOf(r.path);
    const last = segs.at(-1);
    if (last?.param !== undefined && segs.length >= 2 && segs.at(-2)?.literal !== undefined)
      collectionPaths.add(r.path.slice(0, r.path.lastIndexOf('/')));
    else if (last?.literal !== undefined && (r.method === 'get' || r.method === 'post'))
      collectionPaths.add(r.path);
  }
  const currentUserPath = (r: Raw) => {
    const last = segmentsOf(r.path).at(-1);
    const security = readSecurity(r.op['security'] ?? document['security']);
    const secured = security.length > 0 && !security.some((alt) => Object.keys(alt).length === 0);
    return (
      accounts !== undefined &&
      secured &&
      last?.literal !== undefined &&
      currentUserWords.has(last.literal.toLowerCase()) &&
      ['get', 'put', 'patch'].includes(r.method) &&
      !has('post', r.path) &&
      itemPathsUnder(r.path).length === 0
    );
  };
  for (const r of raws) if (currentUserPath(r)) collectionPaths.delete(r.path);
  for (const path of [...collectionPaths]) {
    const segs = segmentsOf(path);
    const parentPath = path.slice(0, path.lastIndexOf('/'));
    const nested = segs.length >= 2 && segs.at(-2)?.param !== undefined;
    const hasItems = itemPathsUnder(path).length > 0;
    // `/articles/feed`, `/users/login`: a view or an action on another collection, not one of its own.
    const underCollection =
      segs.length >= 2 && segs.at(-2)?.literal !== undefined && collectionPaths.has(parentPath) && !hasItems;
    // `/profiles/{username}/follow` without a list or items: an action on the parent item.
    const action = nested && !hasItems && !has('get', path);
    if (underCollection || action || path === login?.path) collectionPaths.delete(path);
  }

  const collections: PlannedCollection[] = [];
  const tables: string[] = accounts ? [accounts.table] : [];
  const collectionFor = (path: string): PlannedCollection => {
    let found = collections.find((c) => c.path === path);
    if (found) return found;
    const segs = segmentsOf(path);
    const items = itemPathsUnder(path);
    const keyParam = items[0] ? segmentsOf(items[0].path).at(-1)!.param! : undefined;
    const itemSchema = [
      ...[...items.map(responseSchema), responseSchema(rawAt('post', path))].map(
        (s) => unwrap(s, resolve).item,
      ),
      listShape(responseSchema(rawAt('get', path)), resolve)?.itemSchema,
    ].find((s) => isObject(s?.['properties']));
    const props = isObject(itemSchema?.['properties']) ? (itemSchema['properties'] as Json) : {};
    const keyProperty =
      keyParam === undefined
        ? 'id' in props
          ? 'id'
          : undefined
        : keyPropertyFor(keyParam, Object.keys(props));
    const keySchema = keyProperty ? objectSchema(props[keyProperty], resolve) : undefined;
    const paramSchema = keyParam
      ? objectSchema(items[0]!.params.find((p) => p['name'] === keyParam)?.['schema'], resolve)
      : undefined;
    const typed = keySchema ?? paramSchema;
    const keyKind: PlannedCollection['keyKind'] =
      typed?.['type'] === 'integer' || (Array.isArray(typed?.['type']) && typed['type'].includes('integer'))
        ? 'integer'
        : typed?.['format'] === 'uuid'
          ? 'uuid'
          : /slug/i.test(keyParam ?? keyProperty ?? '')
            ? 'slug'
            : /(^id$|Id$|_id$)/.test(keyParam ?? keyProperty ?? 'id')
              ? 'uuid'
              : 'string';
    const literal = segs.filter((s) => s.literal).map((s) => s.literal!);
    const table = storageName(literal.join('_'), tables);
    tables.push(table);
    const parentSegs = segs.slice(0, -2);
    found = {
      path,
      table,
      ...(keyProperty ? { keyProperty } : {}),
      keyKind,
      ...(segs.length >= 2 && segs.at(-2)?.param !== undefined
        ? { parent: `/${parentSegs.map((s) => s.literal ?? `{${s.param}}`).join('/')}` }
        : {}),
    };
    collections.push(found);
    return found;
  };

  // `GET /tags` listing strings: gathered from an array-of-strings property named alike (`tagList`, `tags`).
  const valuesSource = (name: string): PlannedOperation['valuesFrom'] => {
    const stem = name.replace(/(es|s)$/, '');
    for (const path of collectionPaths) {
      if (segmentsOf(path).at(-1)?.literal === name) continue;
      const schema =
        unwrap(responseSchema(rawAt('post', path)), resolve).item ??
        listShape(responseSchema(rawAt('get', path)), resolve)?.itemSchema;
      const props = isObject(schema?.['properties']) ? (schema['properties'] as Json) : {};
      const property = Object.keys(props).find((p) => {
        const s = objectSchema(props[p], resolve);
        return (
          p.startsWith(stem) &&
          s?.['type'] === 'array' &&
          objectSchema(s['items'], resolve)?.['type'] === 'string'
        );
      });
      if (property) return { collection: path, property };
    }
    return undefined;
  };

  const operations: PlannedOperation[] = [];
  const handlers = new Set<string>();
  for (const r of raws) {
    const at = pointer('paths', r.path, r.method);
    const segs = segmentsOf(r.path);
    const last = segs.at(-1);
    const operationId =
      typeof r.op['operationId'] === 'string' ? r.op['operationId'] : `${r.method} ${r.path}`;
    const security = readSecurity(r.op['security'] ?? document['security']);
    const status = successStatus(r.op);
    const base = {
      method: r.method.toUpperCase(),
      path: r.path,
      pointer: at,
      operationId,
      ...(typeof r.op['summary'] === 'string' ? { summary: r.op['summary'] } : {}),
      status,
      security,
    };
    const request = unwrap(requestSchema(r), resolve);
    const response = unwrap(responseSchema(r), resolve);
    const wrappers = {
      ...(request.wrapper ? { requestWrapper: request.wrapper } : {}),
      ...(response.wrapper ? { responseWrapper: response.wrapper } : {}),
    };
    let planned: PlannedOperation | undefined;

    if (accounts && r === register) planned = { ...base, kind: 'register', collection: r.path, ...wrappers };
    else if (accounts && r === login)
      planned = { ...base, kind: 'login', collection: accounts.collection, ...wrappers };
    else if (accounts && currentUserPath(r))
      planned = {
        ...base,
        kind: r.method === 'get' ? 'current-user' : 'update-current-user',
        collection: accounts.collection,
        ...wrappers,
      };
    else if (
      last?.param !== undefined &&
      segs.length >= 2 &&
      collectionPaths.has(r.path.slice(0, r.path.lastIndexOf('/')))
    ) {
      const collectionPath = r.path.slice(0, r.path.lastIndexOf('/'));
      const collection = collectionFor(collectionPath);
      const parentParam = segs.length >= 3 ? segs.at(-3)?.param : undefined;
      const kind =
        r.method === 'get'
          ? 'get'
          : r.method === 'patch'
            ? 'update'
            : r.method === 'put'
              ? 'replace'
              : r.method === 'delete'
                ? 'delete'
                : undefined;
      const accountLookup =
        accounts !== undefined &&
        kind === 'get' &&
        !has('post', collectionPath) &&
        !raws.some((o) => o.path === collectionPath) &&
        (accounts.identityProperties.includes(last.param) ||
          /^(username|userName|login|handle)$/.test(last.param));
      if (accountLookup)
        planned = {
          ...base,
          kind: 'account-get',
          collection: accounts!.collection,
          keyParam: last.param,
          ...wrappers,
        };
      else if (kind !== undefined)
        planned = {
          ...base,
          kind,
          collection: collection.path,
          keyParam: last.param,
          ...(parentParam ? { parentParam } : {}),
          ...wrappers,
        };
    } else if (last?.literal !== undefined && collectionPaths.has(r.path)) {
      const collection = collectionFor(r.path);
      const parentParam = segs.length >= 2 ? segs.at(-2)?.param : undefined;
      const nestedParent = parentParam ? { parentParam } : {};
      if (r.method === 'post' && request.item !== undefined)
        planned = { ...base, kind: 'create', collection: collection.path, ...nestedParent, ...wrappers };
      else if (r.method === 'get') {
        const list = listShape(responseSchema(r), resolve);
        const source =
          list?.strings && !has('post', r.path)
            ? valuesSource(list.items ?? segs.at(-1)!.literal!)
            : undefined;
        if (list && source) {
          planned = {
            ...base,
            kind: 'values',
            collection: collection.path,
            valuesFrom: source,
            ...(list.items ? { listItems: list.items } : {}),
          };
        } else if (
          list &&
          !list.strings &&
          (list.itemSchema?.['type'] === 'object' || isObject(list.itemSchema?.['properties']))
        ) {
          const itemProps = isObject(list.itemSchema?.['properties'])
            ? Object.keys(list.itemSchema['properties'])
            : [];
          const query = r.params
            .filter((p) => p['in'] === 'query' && typeof p['name'] === 'string')
            .map((p) => p['name'] as string);
          planned = {
            ...base,
            kind: 'list',
            collection: collection.path,
            ...nestedParent,
            ...(list.items ? { listItems: list.items } : {}),
            ...(list.count ? { listCount: list.count } : {}),
            filters: query.flatMap((param) => filterFor(param, itemProps, list.itemSchema, resolve)),
            pagination: pagination(query),
          };
          for (const param of query)
            if (
              !planned.filters!.some((f) => f.param === param) &&
              !Object.values(planned.pagination ?? {}).includes(param)
            )
              warn(
                `${at}/parameters`,
                `query parameter "${param}" is accepted and validated but does not filter the stored items`,
              );
        }
      }
    }
    if (planned === undefined) {
      const handler = uniqueHandler(operationId, r.method, r.path, handlers);
      handlers.add(handler);
      planned = { ...base, kind: 'custom', handler, ...wrappers };
      warn(
        at,
        `custom operation: answers 501 until its handler ${handler} is implemented (src/handlers/ on Express, app/handlers/ on FastAPI)`,
      );
    }
    operations.push(planned);
  }
  return {
    document,
    plan: {
      basePath,
      operations,
      collections: collections.filter(
        (c) =>
          operations.some((o) => o.collection === c.path) ||
          collections.some((child) => child.parent === c.path),
      ),
      securitySchemes,
      ...(accounts ? { accounts } : {}),
      warnings,
    },
  };
}

/** The one wrapper property of a body (`{"article": {...}}`), and the item schema inside it. */
function unwrap(
  schema: Json | undefined,
  resolve: (v: unknown) => unknown,
): { wrapper?: string; item?: Json } {
  if (!schema) return {};
  const props = isObject(schema['properties']) ? (schema['properties'] as Json) : {};
  const names = Object.keys(props);
  if (names.length === 1) {
    const inner = objectSchema(props[names[0]!], resolve);
    if (inner && (inner['type'] === 'object' || isObject(inner['properties'])) && names[0] !== 'data')
      return { wrapper: names[0]!, item: inner };
  }
  if (schema['type'] === 'array') return {};
  return { item: schema };
}

/** A list response: a bare array, or an object holding the array (and maybe its total). */
function listShape(
  schema: Json | undefined,
  resolve: (v: unknown) => unknown,
): { items?: string; count?: string; itemSchema?: Json; strings: boolean } | undefined {
  if (!schema) return undefined;
  const itemOf = (array: Json) => objectSchema(array['items'], resolve);
  const isStrings = (item: Json | undefined) => item?.['type'] === 'string';
  if (schema['type'] === 'array') {
    const item = itemOf(schema);
    return { ...(item ? { itemSchema: item } : {}), strings: isStrings(item) };
  }
  const props = isObject(schema['properties']) ? (schema['properties'] as Json) : {};
  const arrays = Object.entries(props).filter(
    ([, value]) => objectSchema(value, resolve)?.['type'] === 'array',
  );
  if (arrays.length !== 1) return undefined;
  const [items, array] = arrays[0]!;
  const item = itemOf(objectSchema(array, resolve)!);
  const count = Object.entries(props).find(([name, value]) => {
    const s = objectSchema(value, resolve);
    return (s?.['type'] === 'integer' || s?.['type'] === 'number') && countNames.test(name);
  })?.[0];
  return {
    items,
    ...(count ? { count } : {}),
    ...(item ? { itemSchema: item } : {}),
    strings: isStrings(item),
  };
}

function filterFor(
  param: string,
  props: readonly string[],
  itemSchema: Json | undefined,
  resolve: (v: unknown) => unknown,
): ListFilter[] {
  const schemaOf = (name: string) =>
    objectSchema((itemSchema?.['properties'] as Json | undefined)?.[name], resolve);
  if (props.includes(param)) {
    const type = schemaOf(param)?.['type'];
    return [
      {
        param,
        property: param,
        match: type === 'array' ? 'contains' : type === 'object' ? 'field' : 'equals',
      },
    ];
  }
  // `tag` filters `tagList`/`tags`; `author` filters the `author` object by any of its string fields.
  const array = props.find((p) => p.startsWith(param) && schemaOf(p)?.['type'] === 'array');
  if (array) return [{ param, property: array, match: 'contains' }];
  return [];
}

function pagination(query: readonly string[]): PlannedOperation['pagination'] {
  const limit = query.find((q) => /^(limit|per_page|perPage|page_size|pageSize|size)$/.test(q));
  const offset = query.find((q) => /^(offset|skip)$/.test(q));
  const page = query.find((q) => /^(page|page_number|pageNumber)$/.test(q));
  return { ...(limit ? { limit } : {}), ...(offset ? { offset } : {}), ...(page ? { page } : {}) };
}

function keyPropertyFor(param: string, props: readonly string[]): string | undefined {
  if (props.includes(param)) return param;
  const stem = param.replace(/(Id|_id|ID)$/, '');
  if (stem !== param && props.includes('id')) return 'id';
  return props.find((p) => p.toLowerCase() === param.toLowerCase());
}

function successStatus(op: Json): number {
  const responses = isObject(op['responses']) ? Object.keys(op['responses']) : [];
  const codes = responses
    .filter((c) => /^2\d\d$/.test(c))
    .map(Number)
    .sort((a, b) => a - b);
  if (codes.length > 0) return codes[0]!;
  // Only `2XX`, `default` or error codes declared: 200 is the success status any client accepts.
  return 200;
}

function readSecurity(value: unknown): SecurityAlternative[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .map((alt) =>
      Object.fromEntries(
        Object.entries(alt).map(([name, scopes]) => [name, Array.isArray(scopes) ? scopes.map(String) : []]),
      ),
    );
}

function uniqueHandler(operationId: string, method: string, path: string, taken: Set<string>): string {
  const source = operationId.includes(' ') ? `${method}-${path}` : operationId;
  const base =
    source
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'operation';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  return name;
}

function readBasePath(document: Json, warn: (path: string, reason: string) => void): string {
  const servers = Array.isArray(document['servers']) ? document['servers'].filter(isObject) : [];
  const pathOf = (server: Json): string => {
    let url = typeof server['url'] === 'string' ? server['url'] : '/';
    const variables = isObject(server['variables']) ? server['variables'] : {};
    url = url.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const variable = variables[name];
      return isObject(variable) && typeof variable['default'] === 'string' ? variable['default'] : '';
    });
    let path: string;
    try {
      path = new URL(url, 'http://localhost').pathname;
    } catch {
      path = '/';
    }
    path = decodeURIComponent(path).replace(/\/+$/, '');
    return path === '/' ? '' : path;
  };
  if (servers.length === 0) return '';
  const first = pathOf(servers[0]!);
  servers.slice(1).forEach((server, i) => {
    if (pathOf(server) !== first)
      warn(
        pointer('servers', i + 1),
        `served under the first server's base path "${first || '/'}", not "${pathOf(server) || '/'}"`,
      );
  });
  return first;
}

function readSecuritySchemes(
  document: Json,
  resolve: (v: unknown) => unknown,
  warn: (path: string, reason: string) => void,
): Record<string, SecuritySchemePlan> {
  const schemes =
    isObject(document['components']) && isObject(document['components']['securitySchemes'])
      ? document['components']['securitySchemes']
      : {};
  const planned: Record<string, SecuritySchemePlan> = {};
  for (const [name, raw] of Object.entries(schemes)) {
    const scheme = resolve(raw);
    const at = pointer('components', 'securitySchemes', name);
    if (!isObject(scheme)) continue;
    const type = scheme['type'];
    const httpScheme = String(scheme['scheme'] ?? '').toLowerCase();
    if (type === 'http' && httpScheme === 'bearer') planned[name] = { type: 'bearer', jwt: true };
    else if (type === 'http' && httpScheme === 'basic') planned[name] = { type: 'basic', jwt: false };
    else if (
      type === 'apiKey' &&
      ['header', 'query', 'cookie'].includes(String(scheme['in'])) &&
      typeof scheme['name'] === 'string'
    ) {
      const jwt = scheme['in'] === 'header' && scheme['name'].toLowerCase() === 'authorization';
      planned[name] = {
        type: 'apiKey',
        in: scheme['in'] as 'header' | 'query' | 'cookie',
        name: scheme['name'],
        jwt,
      };
    } else if (type === 'openIdConnect' && typeof scheme['openIdConnectUrl'] === 'string') {
      planned[name] = { type, jwt: true, discoveryUrl: scheme['openIdConnectUrl'] };
      warn(
        at,
        `openIdConnect tokens are verified as JWTs with the keys and issuer its discovery document names (OIDC_DISCOVERY_URL overrides openIdConnectUrl, JWKS_URL and JWT_ISSUER override both); scopes are checked from the token's scope claim`,
      );
    } else if (type === 'oauth2' || type === 'openIdConnect') {
      planned[name] = { type, jwt: true };
      warn(
        at,
        `${type} access tokens are verified as JWTs against JWKS_URL (and JWT_ISSUER/JWT_AUDIENCE when set); scopes are checked from the token's scope claim`,
      );
    } else
      warn(
        at,
        `security scheme ${JSON.stringify(type)} ${httpScheme} is not supported: operations requiring only it answer 401`,
      );
  }
  return planned;
}
