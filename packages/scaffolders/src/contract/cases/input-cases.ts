import type { ContractOperation, ContractResource } from '../contract-api.js';
import { expect, skip, summary } from '../contract-case.js';
import { expectProblem, expectRefused, type Reply } from '../contract-client.js';
import type { SuiteContext } from '../suite-context.js';
import {
  outOfRangeValues,
  primaryType,
  sampleValue,
  tooLongValue,
  wrongTypeValue,
} from '../sample-values.js';

/** Bytes of the oversized body: over any sensible JSON body limit, small enough to send quickly. */
const hugeBodyBytes = 2 * 1024 * 1024;
/** Nesting of the deep body: past Python's recursion limit and most parsers' stack guards. */
const deepNesting = 10_000;

/**
 * Bad input derived from the create schema, each refused with 400 or 422 and a problem+json body,
 * never a server error: missing, mistyped, out-of-range, too long, unknown and read-only properties,
 * malformed JSON and a deeply nested body. (An oversized body is tried once per API: oversizedBodyCase.)
 */
export async function createInputCases(context: SuiteContext, resource: ContractResource) {
  const { client, records, log, document } = context;
  const path = resource.collectionPath;
  const properties = document.properties(resource.createSchema).filter(([, schema]) => !schema.readOnly);
  const valid = () => records.input(resource, undefined);
  const refuses = async (body: unknown, statuses = [400, 422]) =>
    expectRefused(await client.send(resource.create, { body }), statuses);

  await log.run(`POST ${path}: a body without its required properties is refused`, async () => {
    if ((resource.createSchema.required ?? []).length === 0) return skip('nothing is required');
    await refuses({});
  });

  await log.run(`POST ${path}: each wrongly typed property is refused`, async () => {
    const typed = properties.filter(([, schema]) => wrongTypeValue(schema) !== undefined);
    if (typed.length === 0) return skip('no typed property');
    for (const [name, schema] of typed) await refuses({ ...(await valid()), [name]: wrongTypeValue(schema) });
  });

  await log.run(`POST ${path}: each number outside its declared range is refused`, async () => {
    const bounded = properties.filter(([, schema]) => outOfRangeValues(schema).length > 0);
    if (bounded.length === 0) return skip('no property declares a minimum or maximum');
    for (const [name, schema] of bounded)
      for (const value of outOfRangeValues(schema)) await refuses({ ...(await valid()), [name]: value });
  });

  await log.run(`POST ${path}: integers past 64 bits are stored or refused, not a crash`, async () => {
    const integers = properties.filter(([, schema]) => primaryType(schema) === 'integer');
    if (integers.length === 0) return skip('no integer property');
    for (const [name] of integers) {
      for (const huge of ['9223372036854775808', '-9223372036854775809', '1e20']) {
        expectNoCrash(await client.send(resource.create, { rawBody: withRaw(await valid(), name, huge) }));
      }
    }
  });

  await log.run(`POST ${path}: each string longer than its maxLength is refused`, async () => {
    const bounded = properties.filter(([, schema]) => tooLongValue(schema) !== undefined);
    if (bounded.length === 0) return skip('no free-text property declares a maxLength');
    for (const [name, schema] of bounded) await refuses({ ...(await valid()), [name]: tooLongValue(schema) });
  });

  await log.run(`POST ${path}: unknown and read-only properties are refused`, async () => {
    const readOnly = document.properties(resource.readSchema).find(([, schema]) => schema.readOnly);
    const closed = resource.createSchema.additionalProperties === false;
    if (!readOnly && !closed)
      return skip('the create schema allows other properties and the record has no read-only one');
    if (readOnly) {
      const value = sampleValue({ ...readOnly[1], readOnly: false }, records.next());
      await refuses({ ...(await valid()), [readOnly[0]]: value });
    }
    if (closed) await refuses({ ...(await valid()), contract_unknown_property: 1 });
  });

  await log.run(`POST ${path}: malformed JSON is refused with 400`, async () => {
    expectRefused(await client.send(resource.create, { rawBody: '{"unterminated": ' }), [400]);
  });

  await log.run(
    `POST ${path}: a body nested ${deepNesting} levels deep is refused, not a crash`,
    async () => {
      const input = JSON.stringify(await valid());
      const nested = `${'['.repeat(deepNesting)}${']'.repeat(deepNesting)}`;
      const body = `${input.slice(0, -1)}${input.length > 2 ? ',' : ''}"contract_nested":${nested}}`;
      expectRefused(await client.send(resource.create, { rawBody: body }), [400, 413, 422]);
    },
  );

  await log.run(
    `POST ${path}: deeply nested object and array properties are stored or refused, not a crash`,
    async () => {
      const containers = properties.filter(([, schema]) => {
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        return types.includes('object') || types.includes('array');
      });
      if (containers.length === 0) return skip('no property takes an object or array');
      for (const [name] of containers) {
        for (const depth of [1_000, deepNesting]) {
          const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
          expectNoCrash(
            await client.send(resource.create, { rawBody: withRaw(await valid(), name, nested) }),
          );
        }
      }
    },
  );
}

/** `input` as JSON text with `name` set to `raw`, JSON text that JavaScript could not hold as a value. */
function withRaw(input: Record<string, unknown>, name: string, raw: string): string {
  const { [name]: _replaced, ...rest } = input;
  const text = JSON.stringify(rest);
  return `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}${JSON.stringify(name)}:${raw}}`;
}

/** Accepted (2xx) or refused with problem+json (4xx): input the contract allows may be either, never a 5xx. */
function expectNoCrash(reply: Reply): void {
  expect(reply.status < 500, `${reply.what}: the server failed with ${reply.status} ${summary(reply.body)}`);
  if (reply.status >= 400) expectProblem(reply, [reply.status]);
}

/**
 * Keys that are not keys: text of the wrong shape (400 or 404) and broken %-escapes (400, never a
 * crash: the server must not fail decoding its own URL), on every item operation.
 */
export async function malformedKeyCases(context: SuiteContext, resource: ContractResource) {
  const { client, log, records, document } = context;
  const operations: [string, ContractOperation | undefined][] = [
    ['GET', resource.read],
    ['PATCH', resource.update],
    ['DELETE', resource.remove],
  ];
  for (const [method, operation] of operations) {
    await log.run(
      `${method} ${resource.itemPath}: malformed keys and %-escapes are refused, not a crash`,
      async () => {
        if (!operation) return skip(`the document has no ${method} on this path`);
        // A valid body, so that only the key is wrong: a plain field if there is one, else a link (a
        // linking record may have nothing else to change), whose value no lookup reaches before the key's.
        const writable = document.properties(resource.updateSchema).filter(([, schema]) => !schema.readOnly);
        const field = writable.find(([name, schema]) => !records.parentOf(name, schema)) ?? writable[0];
        const body = operation.requestSchema
          ? { ...(field ? { [field[0]]: records.value(field[1]) } : {}) }
          : undefined;
        const send = (rawPath: string) => client.send(operation, { rawPath, ...(body ? { body } : {}) });
        expectRefused(await send(`${resource.collectionPath}/not-a-real-key`), [400, 404]);
        expectRefused(await send(`${resource.collectionPath}/%E0%A4%A`), [400]);
        expectRefused(await send(`${resource.collectionPath}/%`), [400]);
        expectRefused(await send(`${resource.collectionPath}/${'9'.repeat(40)}`), [400, 404]);
      },
    );
  }
}

/**
 * An oversized body, refused (400, 413 or 422) and not a crash, tried once per API, on the first
 * create operation. Every stack the forge generates reads bodies through one parser with one limit
 * in front of all its routes, so one try proves the limit for all of them; trying each route instead
 * sent 2 MiB per resource through the sandbox's relay, which the server reads in full before it
 * answers (~0.1 s a try, measured on a three-resource API). A server that parses bodies per route
 * would need this per route; this suite assumes it does not.
 */
export async function oversizedBodyCase(context: SuiteContext) {
  const [resource] = context.document.resources;
  if (!resource) return;
  await context.log.run(
    `POST ${resource.collectionPath}: a body of ${hugeBodyBytes / 1024 / 1024} MiB is refused, not a crash`,
    async () => {
      const valid = await context.records.input(resource, undefined);
      const body = JSON.stringify({ ...valid, contract_padding: 'x'.repeat(hugeBodyBytes) });
      expectRefused(await context.client.send(resource.create, { rawBody: body }), [400, 413, 422]);
    },
  );
}

/** Query parameters of the wrong type are refused with 400. */
export async function queryInputCases(context: SuiteContext, resource: ContractResource) {
  await context.log.run(
    `GET ${resource.collectionPath}: query parameters of the wrong type are refused`,
    async () => {
      const list = resource.list;
      if (!list) return skip('the document has no GET on this path');
      const numeric = list.parameters.filter(
        (parameter) =>
          parameter.in === 'query' && ['integer', 'number'].includes(String(parameter.schema.type)),
      );
      if (numeric.length === 0) return skip('no numeric query parameter');
      for (const parameter of numeric) {
        expectRefused(
          await context.client.send(list, { query: { [parameter.name]: 'not-a-number' } }),
          [400, 422],
        );
        if (parameter.schema.type === 'integer')
          expectRefused(await context.client.send(list, { query: { [parameter.name]: '1.5' } }), [400, 422]);
      }
    },
  );
}
