import type { ContractResource } from '../contract-api.js';
import { skip } from '../contract-case.js';
import { expectProblem, expectStatus } from '../contract-client.js';
import { keyOf, recordIn } from '../contract-records.js';
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
