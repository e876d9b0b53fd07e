import { randomUUID } from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import {
  contractResources,
  credentialHeader,
  requiresAuth,
  type ContractResource,
  type JsonSchema,
  type OpenApiLike,
} from './contract-api.js';
import { primaryType, sampleValue, wrongTypeValue } from './sample-values.js';

export interface ContractAuth {
  /** Credentials (JWTs or API keys, per the document's security scheme) of two different users. */
  readonly tokens: readonly [string, string?];
  /** Collection paths whose rows belong to their creator; the second user must not reach them. */
  readonly ownerScoped?: readonly string[];
}

export interface RunContractSuiteOptions {
  /** The OpenAPI 3.1 document the server claims to implement. */
  readonly openapi: object;
  /** Where it is served, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  readonly auth?: ContractAuth;
  readonly fetch?: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

export interface ContractCase {
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  readonly message?: string;
}

export interface ContractReport {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly cases: ContractCase[];
}

interface Reply {
  status: number;
  contentType: string;
  headers: Headers;
  body: unknown;
}

/** A failed expectation inside one case; anything else thrown is reported as an error of the server or the network. */
class Expectation extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Expectation(message);
}

// ajv-formats ships CommonJS; imported from ESM, its plugin function sits on `default`.
const addFormats = addFormatsModule.default;

/**
 * Black-box checks of a served API against its OpenAPI document, independent of the stack behind it:
 * CRUD round-trips with every response validated against the contract (status, content type, body),
 * validation failures and unknown ids answered with problem+json, the page-size bound, and with `auth`,
 * 401 without credentials and 404 on another user's owner-scoped rows. Never throws for a failing
 * server: every outcome is a case in the report.
 */
export async function runContractSuite(options: RunContractSuiteOptions): Promise<ContractReport> {
  const openapi = options.openapi as OpenApiLike;
  const schemas = openapi.components?.schemas ?? {};
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  ajv.addSchema({ $id: 'contract.json', components: { schemas } });
  const validator = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`contract.json#/components/schemas/${name}`);
    if (!validate) throw new Expectation(`the document has no components.schemas.${name}`);
    return validate;
  };
  const secured = requiresAuth(openapi);
  const [firstToken, secondToken] = options.auth?.tokens ?? [];
  const cases: ContractCase[] = [];
  let variant = 0;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    token: string | null = firstToken ?? null,
  ): Promise<Reply> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) Object.assign(headers, credentialHeader(openapi, token));
    const response = await fetchImpl(new URL(path, options.baseUrl), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (/json/.test(contentType) && text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Expectation(`${method} ${path} answered ${contentType} that is not valid JSON`);
      }
    }
    return { status: response.status, contentType, headers: response.headers, body: parsed };
  }

  function expectJson(reply: Reply, status: number, schema: string | undefined, what: string): void {
    expect(
      reply.status === status,
      `${what}: expected ${status}, got ${reply.status} ${summary(reply.body)}`,
    );
    expect(
      /^application\/json/.test(reply.contentType),
      `${what}: content-type is "${reply.contentType}", not application/json`,
    );
    if (schema) {
      const validate = validator(schema);
      expect(
        validate(reply.body),
        `${what}: body does not match ${schema}: ${ajv.errorsText(validate.errors)}`,
      );
    }
  }

  function expectProblem(reply: Reply, statuses: number[], what: string): void {
    expect(
      statuses.includes(reply.status),
      `${what}: expected ${statuses.join(' or ')}, got ${reply.status} ${summary(reply.body)}`,
    );
    expect(
      /^application\/problem\+json/.test(reply.contentType),
      `${what}: content-type is "${reply.contentType}", not application/problem+json`,
    );
    const validate = schemas.Problem ? validator('Problem') : undefined;
    if (validate) expect(validate(reply.body), `${what}: not a Problem: ${ajv.errorsText(validate.errors)}`);
  }

  async function check(name: string, body: () => Promise<void | string>): Promise<void> {
    try {
      const skipped = await body();
      cases.push(skipped ? { name, status: 'skipped', message: skipped } : { name, status: 'passed' });
    } catch (error) {
      const message = error instanceof Expectation ? error.message : `error: ${(error as Error).message}`;
      cases.push({ name, status: 'failed', message });
    }
  }

  const byReadSchema = new Map(contractResources(openapi).map((resource) => [resource.readSchema, resource]));
  const resources = [...byReadSchema.values()];

  /** A valid create body; a required `<parent>_id` is satisfied by creating that parent first. */
  async function validInput(
    resource: ContractResource,
    token: string | null,
    depth = 0,
  ): Promise<Record<string, unknown>> {
    const schema = schemas[resource.createSchema] ?? {};
    const input: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const required = (schema.required ?? []).includes(name);
      const parent = parentOf(name, property);
      if (parent) {
        if (!required || depth > 5) continue;
        input[name] = (await createRecord(parent, token, depth + 1)).id;
        continue;
      }
      variant += 1;
      input[name] = sampleValue(property, variant);
    }
    return input;
  }

  /** The resource a property links to: named by its `x-references` extension, else by `<parent>_id`. */
  function parentOf(property: string, schema: JsonSchema | undefined): ContractResource | undefined {
    const referenced = schema?.['x-references'];
    if (typeof referenced === 'string') return byReadSchema.get(referenced);
    if (!property.endsWith('_id')) return undefined;
    const schemaName = property
      .slice(0, -3)
      .split('_')
      .filter(Boolean)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join('');
    return byReadSchema.get(schemaName);
  }

  async function createRecord(
    resource: ContractResource,
    token: string | null,
    depth = 0,
  ): Promise<{ id: string } & Record<string, unknown>> {
    const reply = await call(
      'POST',
      resource.collectionPath,
      await validInput(resource, token, depth),
      token,
    );
    expectJson(reply, 201, resource.readSchema, `POST ${resource.collectionPath}`);
    return reply.body as { id: string };
  }

  for (const resource of resources) {
    const path = resource.collectionPath;
    const itemPath = (id: string) => resource.itemPath.replace('{id}', encodeURIComponent(id));
    const createSchema = schemas[resource.createSchema] ?? {};
    let created: ({ id: string } & Record<string, unknown>) | undefined;

    await check(`${path}: create returns 201 with the stored record`, async () => {
      const input = await validInput(resource, firstToken ?? null);
      const reply = await call('POST', path, input);
      expectJson(reply, 201, resource.readSchema, `POST ${path}`);
      created = reply.body as { id: string };
      for (const [name, value] of Object.entries(input)) {
        expect(
          sameValue((reply.body as Record<string, unknown>)[name], value),
          `POST ${path}: ${name} came back as ${summary((reply.body as Record<string, unknown>)[name])}, sent ${summary(value)}`,
        );
      }
    });

    await check(`${path}: read by id returns the same record`, async () => {
      if (!created) return 'no record was created';
      const reply = await call('GET', itemPath(created.id));
      expectJson(reply, 200, resource.readSchema, `GET ${resource.itemPath}`);
      expect(
        JSON.stringify(reply.body) === JSON.stringify(created),
        `GET ${resource.itemPath}: differs from what POST returned`,
      );
    });

    await check(`${path}: list returns a page that matches the contract`, async () => {
      const reply = await call('GET', `${path}?limit=1`);
      expectJson(reply, 200, resource.listSchema, `GET ${path}`);
      const data = (reply.body as { data?: unknown[] }).data;
      expect(Array.isArray(data) && data.length <= 1, `GET ${path}?limit=1: returned more than one item`);
    });

    await check(`${path}: update changes the record`, async () => {
      if (!created) return 'no record was created';
      if (!resource.updateSchema) return 'no PATCH operation';
      const update = schemas[resource.updateSchema] ?? {};
      const field = Object.entries(update.properties ?? {}).find(
        ([name, schema]) =>
          !parentOf(name, schema) &&
          primaryType(schema) === 'string' &&
          !schema.enum &&
          !schema.format &&
          !schema.pattern,
      );
      if (!field) return 'no plain text property to change';
      variant += 1;
      const value = sampleValue(field[1], variant);
      const reply = await call('PATCH', itemPath(created.id), { [field[0]]: value });
      expectJson(reply, 200, resource.readSchema, `PATCH ${resource.itemPath}`);
      expect(
        (reply.body as Record<string, unknown>)[field[0]] === value,
        `PATCH ${resource.itemPath}: ${field[0]} did not change`,
      );
    });

    await check(`${path}: missing required fields are refused with problem+json`, async () => {
      if ((createSchema.required ?? []).length === 0) return 'nothing is required';
      expectProblem(await call('POST', path, {}), [400, 422], `POST ${path} {}`);
    });

    await check(`${path}: wrongly typed fields are refused with problem+json`, async () => {
      const target = Object.entries(createSchema.properties ?? {}).find(
        ([, schema]) => wrongTypeValue(schema) !== undefined,
      );
      if (!target) return 'no typed property';
      const input = await validInput(resource, firstToken ?? null);
      expectProblem(
        await call('POST', path, { ...input, [target[0]]: wrongTypeValue(target[1]) }),
        [400, 422],
        `POST ${path} with ${target[0]} mistyped`,
      );
    });

    await check(`${path}: read-only and unknown properties are refused`, async () => {
      const input = await validInput(resource, firstToken ?? null);
      const readOnly = Object.entries(schemas[resource.readSchema]?.properties ?? {}).find(
        ([, schema]) => schema.readOnly,
      );
      if (readOnly) {
        const value = sampleValue({ ...readOnly[1], readOnly: false }, ++variant);
        expectProblem(
          await call('POST', path, { ...input, [readOnly[0]]: value }),
          [400, 422],
          `POST ${path} with read-only ${readOnly[0]}`,
        );
      }
      expectProblem(
        await call('POST', path, { ...input, contract_unknown_property: 1 }),
        [400, 422],
        `POST ${path} with an unknown property`,
      );
    });

    await check(`${path}: the page size is bounded`, async () => {
      if (resource.maxPageSize === undefined) return 'limit declares no maximum';
      expectProblem(
        await call('GET', `${path}?limit=${resource.maxPageSize + 1}`),
        [400, 422],
        `GET ${path}?limit=${resource.maxPageSize + 1}`,
      );
    });

    await check(`${path}: unknown ids are answered with 404`, async () => {
      const id = randomUUID();
      expectProblem(await call('GET', itemPath(id)), [404], `GET ${resource.itemPath} (unknown id)`);
      expectProblem(await call('DELETE', itemPath(id)), [404], `DELETE ${resource.itemPath} (unknown id)`);
      if (resource.updateSchema) {
        const update = schemas[resource.updateSchema] ?? {};
        const [name, schema] =
          Object.entries(update.properties ?? {}).find(([property, schema]) => !parentOf(property, schema)) ??
          [];
        if (name && schema)
          expectProblem(
            await call('PATCH', itemPath(id), { [name]: sampleValue(schema, ++variant) }),
            [404],
            `PATCH ${resource.itemPath} (unknown id)`,
          );
      }
    });

    if (secured) {
      await check(`${path}: requests without credentials are refused with 401`, async () => {
        expectProblem(await call('GET', path, undefined, null), [401], `GET ${path} without credentials`);
        if (created)
          expectProblem(
            await call('GET', itemPath(created.id), undefined, null),
            [401],
            `GET ${resource.itemPath} without credentials`,
          );
      });
    }

    if (options.auth?.ownerScoped?.includes(path)) {
      await check(`${path}: another user's records are invisible (404)`, async () => {
        if (!secondToken) return 'only one user token was given';
        if (!created) return 'no record was created';
        const what = `${resource.itemPath} as another user`;
        expectProblem(await call('GET', itemPath(created.id), undefined, secondToken), [404], `GET ${what}`);
        expectProblem(
          await call('DELETE', itemPath(created.id), undefined, secondToken),
          [404],
          `DELETE ${what}`,
        );
        const list = await call(
          'GET',
          `${path}?limit=${resource.maxPageSize ?? 100}`,
          undefined,
          secondToken,
        );
        expectJson(list, 200, resource.listSchema, `GET ${path} as another user`);
        const ids = ((list.body as { data?: { id?: string }[] }).data ?? []).map((row) => row.id);
        expect(!ids.includes(created.id), `GET ${path} as another user lists the first user's record`);
      });
    }

    await check(`${path}: delete removes the record`, async () => {
      if (!created) return 'no record was created';
      const reply = await call('DELETE', itemPath(created.id));
      expect(
        reply.status === 204,
        `DELETE ${resource.itemPath}: expected 204, got ${reply.status} ${summary(reply.body)}`,
      );
      expectProblem(await call('GET', itemPath(created.id)), [404], `GET ${resource.itemPath} after delete`);
    });
  }

  const count = (status: ContractCase['status']) => cases.filter((item) => item.status === status).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), cases };
}

// Servers may render equal timestamps differently (`…00Z` vs `…00.000Z`); compare those as instants.
function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'string' && typeof expected === 'string' && /^\d{4}-\d\d-\d\dT/.test(expected)) {
    return Date.parse(actual) === Date.parse(expected);
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function summary(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text === undefined ? '' : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
