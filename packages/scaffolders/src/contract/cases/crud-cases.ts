import { randomUUID } from 'node:crypto';
import type { ContractResource, JsonSchema } from '../contract-api.js';
import { expect, skip, summary } from '../contract-case.js';
import { expectProblem, expectStatus } from '../contract-client.js';
import { keyOf, recordIn } from '../contract-records.js';
import { primaryType } from '../sample-values.js';
import type { ResourceState, SuiteContext } from '../suite-context.js';

/** POST then GET by key: the record comes back as sent, and reads the same. */
export async function createAndReadCases(
  context: SuiteContext,
  resource: ContractResource,
  state: ResourceState,
) {
  const { client, records, log } = context;
  await log.run(`POST ${resource.collectionPath}: creates a record (201) holding what was sent`, async () => {
    const input = await records.input(resource, undefined);
    const reply = await client.send(resource.create, { body: input });
    expectStatus(reply, 201);
    const record = recordIn(reply.body, resource.keyProperty);
    expect(
      record,
      `${reply.what}: the body holds no record with ${resource.keyProperty} ${summary(reply.body)}`,
    );
    state.created = record;
    for (const [name, value] of Object.entries(input)) {
      expect(
        sameValue(record[name], value),
        `${reply.what}: ${name} came back as ${summary(record[name])}, sent ${summary(value)}`,
      );
    }
  });

  await log.run(`GET ${resource.itemPath}: reads the created record`, async () => {
    if (!state.created) return skip('no record was created');
    const reply = await client.send(resource.read, {
      params: { [resource.keyParameter]: keyOf(resource, state.created) },
    });
    expectStatus(reply, 200);
    expect(
      JSON.stringify(recordIn(reply.body, resource.keyProperty)) === JSON.stringify(state.created),
      `${reply.what}: differs from what POST returned`,
    );
  });
}

/** PATCH one property (plain text where there is one) and read the change back. */
export async function updateCase(context: SuiteContext, resource: ContractResource, state: ResourceState) {
  const { client, records, log, document } = context;
  await log.run(`PATCH ${resource.itemPath}: changes the record`, async () => {
    if (!resource.update) return skip('the document has no PATCH on this path');
    if (!state.created) return skip('no record was created');
    // Plain text first (any value is valid), else any other scalar: an alternate enum value or boolean.
    const candidates = document
      .properties(resource.updateSchema)
      .filter(([name, schema]) => !records.parentOf(name, schema) && !schema.readOnly && !schema.pattern);
    const scalar = ([, schema]: [string, JsonSchema]) =>
      ['string', 'integer', 'number', 'boolean'].includes(primaryType(schema) ?? '') &&
      schema.format !== 'uuid';
    const field =
      candidates.find(([, schema]) => primaryType(schema) === 'string' && !schema.enum && !schema.format) ??
      candidates.find(scalar);
    if (!field) return skip('no scalar property to change');
    const value = records.value(field[1], true);
    const key = keyOf(resource, state.created);
    const reply = await client.send(resource.update, {
      params: { [resource.keyParameter]: key },
      body: { [field[0]]: value },
    });
    expectStatus(reply, 200);
    expect(
      sameValue(recordIn(reply.body, resource.keyProperty)?.[field[0]], value),
      `${reply.what}: ${field[0]} did not change`,
    );
    const read = await client.send(resource.read, { params: { [resource.keyParameter]: key } });
    expectStatus(read, 200);
    expect(
      sameValue(recordIn(read.body, resource.keyProperty)?.[field[0]], value),
      `${read.what}: the change was not stored`,
    );
    state.created = recordIn(read.body, resource.keyProperty)!;
  });
}

/** Well-formed keys that name nothing: 404 problem+json on every item operation. */
export async function unknownKeyCases(context: SuiteContext, resource: ContractResource) {
  const { client, records, log, document } = context;
  const params = { [resource.keyParameter]: randomUUID() };
  await log.run(
    `GET ${resource.itemPath}: an unknown ${resource.keyParameter} is answered with 404`,
    async () => {
      expectProblem(await client.send(resource.read, { params }), [404]);
    },
  );
  await log.run(
    `PATCH ${resource.itemPath}: an unknown ${resource.keyParameter} is answered with 404`,
    async () => {
      if (!resource.update) return skip('the document has no PATCH on this path');
      const field = document
        .properties(resource.updateSchema)
        .find(([name, schema]) => !records.parentOf(name, schema) && !schema.readOnly);
      if (!field) return skip('the update body has no property to send');
      expectProblem(
        await client.send(resource.update, { params, body: { [field[0]]: records.value(field[1]) } }),
        [404],
      );
    },
  );
  await log.run(
    `DELETE ${resource.itemPath}: an unknown ${resource.keyParameter} is answered with 404`,
    async () => {
      if (!resource.remove) return skip('the document has no DELETE on this path');
      expectProblem(await client.send(resource.remove, { params }), [404]);
    },
  );
}

/** DELETE, then the record is gone. Runs last for a resource: every other case uses the record. */
export async function deleteCase(context: SuiteContext, resource: ContractResource, state: ResourceState) {
  const { client, log } = context;
  await log.run(`DELETE ${resource.itemPath}: deletes the record (then GET is 404)`, async () => {
    if (!resource.remove) return skip('the document has no DELETE on this path');
    if (!state.created) return skip('no record was created');
    const params = { [resource.keyParameter]: keyOf(resource, state.created) };
    const reply = await client.send(resource.remove, { params });
    expect(
      reply.status === 204 || reply.status === 200,
      `${reply.what}: expected 204, got ${reply.status} ${summary(reply.body)}`,
    );
    expectProblem(await client.send(resource.read, { params }), [404]);
  });
}

// Servers may render equal timestamps differently (`…00Z` vs `…00.000Z`); compare those as instants.
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'string' && typeof expected === 'string' && /^\d{4}-\d\d-\d\dT/.test(expected)) {
    return Date.parse(actual) === Date.parse(expected);
  }
  if (isPlainObject(actual) && isPlainObject(expected)) {
    return Object.entries(expected).every(([key, value]) => sameValue(actual[key], value));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
