import type { ContractResource } from '../contract-api.js';
import { expect, skip, summary } from '../contract-case.js';
import { expectProblem, expectStatus } from '../contract-client.js';
import { itemsOf, keyOf, recordIn } from '../contract-records.js';
import type { SuiteContext } from '../suite-context.js';

/**
 * A join resource stores each pair once: linking a pair again is refused with 409 problem+json, on
 * create and on an update that would make one row the same pair as another. Each record it creates
 * links parents of its own (see ContractRecords.input), so only these cases ever repeat a pair.
 */
export async function pairCases(context: SuiteContext, resource: ContractResource) {
  if (!resource.pair) return;
  const { client, records, log } = context;
  const [from, to] = resource.pair;
  const path = resource.collectionPath;

  await log.run(`POST ${path}: linking the same ${from} and ${to} twice is answered with 409`, async () => {
    const first = await records.create(resource);
    const body = { ...(await records.input(resource, undefined)), [from]: first[from], [to]: first[to] };
    expectProblem(await client.send(resource.create, { body }), [409]);
  });

  await log.run(
    `PATCH ${resource.itemPath}: an update that repeats a linked ${from} and ${to} is answered with 409`,
    async () => {
      if (!resource.update) return skip('the document has no PATCH on this path');
      const first = await records.create(resource);
      // A row sharing one side is another pair; changing its other side to the first's repeats it.
      const reply = await client.send(resource.create, {
        body: { ...(await records.input(resource, undefined)), [from]: first[from] },
      });
      expectStatus(reply, 201);
      const other = recordIn(reply.body, resource.keyProperty)!;
      expectProblem(
        await client.send(resource.update, {
          params: { [resource.keyParameter]: keyOf(resource, other) },
          body: { [to]: first[to] },
        }),
        [409],
      );
    },
  );
}

/**
 * A list through a join (`GET /notes/{id}/tags`, its path item marked `x-through`) answers the records
 * the join pairs with one row: after linking a new pair, the list of its one side holds exactly the
 * record of its other side.
 */
export async function linkedListCases(context: SuiteContext) {
  const { client, records, log, document } = context;
  for (const operation of document.operations.filter((candidate) => candidate.through !== undefined)) {
    await log.run(`GET ${operation.path}: lists exactly the records linked with one`, async () => {
      const join = document.resources.find(
        (resource) => resource.readSchemaName === operation.through && resource.pair,
      );
      const side = document.resources.find((resource) => operation.path.startsWith(`${resource.itemPath}/`));
      if (!join || !side)
        return skip(`no join ${operation.through} or no collection ${operation.path} lists under`);
      const parents = join.pair!.map((field) => {
        const schema = document.properties(join.createSchema).find(([name]) => name === field)?.[1];
        return [field, records.parentOf(field, schema)] as const;
      });
      const bySide = parents.find(([, parent]) => parent === side);
      const other = parents.find((entry) => entry !== bySide);
      if (!bySide || !other?.[1])
        return skip(`the pair of ${join.collectionPath} does not link ${side.collectionPath}`);
      const pair = await records.create(join);
      const reply = await client.send(operation, {
        params: { [side.keyParameter]: String(pair[bySide[0]]) },
      });
      expectStatus(reply, 200);
      const listed = (itemsOf(reply.body) ?? []).map((item) => String(item[other[1]!.keyProperty]));
      expect(
        JSON.stringify(listed) === JSON.stringify([String(pair[other[0]])]),
        `${reply.what}: listed ${summary(listed)}, not the one linked ${other[0]} ${String(pair[other[0]])}`,
      );
    });
  }
}

/**
 * A pair row means nothing without both ends: deleting either side of a new pair succeeds (204), its
 * pair row is gone (404) and the record on the other side is still there. One case per side, so a
 * side whose delete is refused (409 from a RESTRICT key) or leaves its pair behind is named.
 */
export async function pairCascadeCases(context: SuiteContext, resource: ContractResource) {
  if (!resource.pair) return;
  const { client, records, log, document } = context;
  const parents = resource.pair.map((field) => {
    const schema = document.properties(resource.createSchema).find(([name]) => name === field)?.[1];
    return [field, records.parentOf(field, schema)] as const;
  });
  for (const [field, side] of parents) {
    const [otherField, other] = parents.find(([candidate]) => candidate !== field)!;
    const name = side?.itemPath ?? `the ${field} record`;
    await log.run(
      `DELETE ${name}: also removes its ${resource.collectionPath} pairs and keeps the linked ${otherField}`,
      async () => {
        if (!side || !other)
          return skip(`the pair of ${resource.collectionPath} does not link two collections`);
        if (!side.remove) return skip('the document has no DELETE on this path');
        const pair = await records.create(resource);
        const reply = await client.send(side.remove, {
          params: { [side.keyParameter]: String(pair[field]) },
        });
        expect(
          reply.status === 204 || reply.status === 200,
          `${reply.what}: expected 204, got ${reply.status} ${summary(reply.body)}`,
        );
        expectProblem(
          await client.send(resource.read, { params: { [resource.keyParameter]: keyOf(resource, pair) } }),
          [404],
        );
        expectStatus(
          await client.send(other.read, { params: { [other.keyParameter]: String(pair[otherField]) } }),
          200,
        );
      },
    );
  }
}
