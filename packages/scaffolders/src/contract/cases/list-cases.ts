import type { ContractResource } from '../contract-api.js';
import { expect, skip, summary } from '../contract-case.js';
import { expectProblem } from '../contract-client.js';
import { keyOf, type StoredRecord } from '../contract-records.js';
import { listed, scanList, type ResourceState, type SuiteContext } from '../suite-context.js';
import { sameValue } from './crud-cases.js';

/** A record created now is on the list, and the list's total counts it. */
export async function listedAndCountedCase(context: SuiteContext, resource: ContractResource) {
  const { records, log, client } = context;
  await log.run(
    `GET ${resource.collectionPath}: lists a record just created and counts it in the total`,
    async () => {
      if (!resource.list) return skip('the document has no GET on this path');
      const before = await scanList(context, resource, {}, undefined, 1);
      const record = await records.create(resource);
      const after = await scanList(context, resource);
      expect(
        listed(resource, after.items, record),
        `GET ${resource.collectionPath}: the record just created (${keyOf(resource, record)}) is not listed; ${after.items.length} items seen, total ${after.total}`,
      );
      if (before.total !== undefined) {
        expect(
          after.total === before.total + 1,
          `GET ${resource.collectionPath}: the total went from ${before.total} to ${after.total} after one create`,
        );
      }
      if (resource.remove)
        await client.send(resource.remove, { params: { [resource.keyParameter]: keyOf(resource, record) } });
    },
  );

  await log.run(
    `GET ${resource.collectionPath}: a page size over the declared maximum is refused`,
    async () => {
      if (!resource.list) return skip('the document has no GET on this path');
      if (resource.maxPageSize === undefined) return skip('limit declares no maximum');
      expectProblem(
        await client.send(resource.list, { query: { limit: resource.maxPageSize + 1 } }),
        [400, 422],
      );
    },
  );
}

/** Each declared equality filter keeps the record that matches and drops one that does not. */
export async function filterCases(context: SuiteContext, resource: ContractResource, state: ResourceState) {
  for (const filter of resource.filters) {
    await context.log.run(
      `GET ${resource.collectionPath}?${filter.name}=…: lists only records whose ${filter.name} matches`,
      async () => {
        if (!state.created) return skip('no record was created');
        const value = state.created[filter.name];
        if (value === undefined || value === null)
          return skip(`the created record has no ${filter.name} to filter by`);
        if (typeof value === 'object') return skip(`${filter.name} is not a scalar`);
        const decoy = await decoyOf(context, resource, state);
        const { items } = await scanList(context, resource, { [filter.name]: String(value) });
        const what = `GET ${resource.collectionPath}?${filter.name}=${String(value)}`;
        expect(listed(resource, items, state.created), `${what}: the matching record is not listed`);
        const stray = items.find((item) => !matches(item[filter.name], value));
        expect(!stray, `${what}: lists a record whose ${filter.name} is ${summary(stray?.[filter.name])}`);
        if (!matches(decoy[filter.name], value))
          expect(!listed(resource, items, decoy), `${what}: lists a record that does not match`);
      },
    );
  }
}

/** Each declared sort field orders the list both ways. */
export async function sortCases(context: SuiteContext, resource: ContractResource, state: ResourceState) {
  const fields = [...new Set(resource.sortValues.map((value) => value.replace(/^-/, '')))];
  for (const field of fields) {
    await context.log.run(
      `GET ${resource.collectionPath}?sort=${field}: orders the list by ${field}, both ways`,
      async () => {
        if (!state.created) return skip('no record was created');
        const decoy = await decoyOf(context, resource, state);
        for (const value of [field, `-${field}`].filter((v) => resource.sortValues.includes(v))) {
          const descending = value.startsWith('-');
          const { items } = await scanList(context, resource, { sort: value });
          const what = `GET ${resource.collectionPath}?sort=${value}`;
          // Plain text is ordered by the database's collation, which may differ from JavaScript's:
          // only numbers, booleans and instants are checked across the whole page; text by the two known records.
          for (let i = 1; i < items.length; i += 1) {
            const order = compare(items[i - 1]![field], items[i]![field], false);
            if (order === undefined) continue;
            expect(
              descending ? order >= 0 : order <= 0,
              `${what}: ${summary(items[i - 1]![field])} comes before ${summary(items[i]![field])}`,
            );
          }
          const position = (record: StoredRecord) =>
            items.findIndex((item) => String(item[resource.keyProperty]) === keyOf(resource, record));
          const [first, second] = [position(state.created), position(decoy)];
          expect(first >= 0 && second >= 0, `${what}: the records created for this check are not listed`);
          const order = compare(state.created[field], decoy[field], true);
          if (order !== undefined && order !== 0) {
            const createdFirst = descending ? order > 0 : order < 0;
            expect(
              createdFirst === first < second,
              `${what}: ${summary(state.created[field])} and ${summary(decoy[field])} are listed in the wrong order`,
            );
          }
        }
      },
    );
  }
}

async function decoyOf(
  context: SuiteContext,
  resource: ContractResource,
  state: ResourceState,
): Promise<StoredRecord> {
  state.decoy ??= await context.records.create(resource, undefined, true);
  return state.decoy;
}

function matches(actual: unknown, expected: unknown): boolean {
  return sameValue(actual, expected) || String(actual) === String(expected);
}

const instant = /^\d{4}-\d\d-\d\d(T|$)/;

function compare(a: unknown, b: unknown, text: boolean): number | undefined {
  if (a === null || a === undefined || b === null || b === undefined) return undefined;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') {
    if (instant.test(a) && instant.test(b)) return Date.parse(a) - Date.parse(b);
    if (text) return a < b ? -1 : a > b ? 1 : 0;
  }
  return undefined;
}
