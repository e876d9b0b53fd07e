import { randomUUID } from 'node:crypto';
import { OWNER_SCOPED_EXTENSION } from '@smartapiforge/spec-engine';
import type { ContractResource } from '../contract-api.js';
import { expect, skip, summary } from '../contract-case.js';
import { expectProblem, expectStatus } from '../contract-client.js';
import { keyOf, recordIn } from '../contract-records.js';
import { primaryType } from '../sample-values.js';
import { listed, scanList, type ResourceState, type SuiteContext } from '../suite-context.js';

/**
 * Every operation that declares security refuses a call without credentials, and one with a
 * credential that is not valid, with 401 problem+json: before it looks at the path or the body.
 */
export async function unauthenticatedCases(context: SuiteContext) {
  const { document, client, log, records } = context;
  for (const operation of document.operations) {
    const name = `${operation.method.toUpperCase()} ${operation.path}: refused with 401 without valid credentials`;
    if (!operation.secured) {
      log.skipped(name, 'the operation declares no security requirement');
      continue;
    }
    await log.run(name, async () => {
      const params = Object.fromEntries(
        operation.parameters
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => [parameter.name, randomUUID()]),
      );
      const body = operation.requestSchema
        ? records.value(document.objectSchema(operation.requestSchema))
        : undefined;
      const call = (options: { token?: null; headers?: Record<string, string> }) =>
        client.send(operation, { params, ...(body === undefined ? {} : { body }), ...options });
      expectProblem(await call({ token: null }), [401]);
      expectProblem(
        await call({ token: null, headers: document.credentialHeader(invalidCredential) }),
        [401],
      );
    });
  }
}

// Shaped like a JWT (three base64url parts) so it passes any syntax check and fails verification.
const invalidCredential = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.c2lnbmF0dXJlLXRoYXQtZmFpbHM';

/**
 * On owner-scoped resources, another user can neither read, change, delete nor list the first
 * user's record (403 or 404), and the record is untouched. Reported for every resource of a secured
 * API: skipped, with the reason, where the document does not say rows are owner-scoped.
 */
export async function ownershipCases(
  context: SuiteContext,
  resource: ContractResource,
  state: ResourceState,
) {
  const { client, log, records, document, secondToken } = context;
  const why = (): string | undefined => {
    if (!document.secured) return 'the API requires no credentials, so records have no owner';
    if (!resource.ownerScoped)
      return `the document does not mark ${resource.collectionPath} as owner-scoped (${OWNER_SCOPED_EXTENSION})`;
    if (!secondToken) return "only one user's credential was given";
    if (!state.created) return 'no record was created';
    return undefined;
  };
  const as = `as another user`;
  const params = () => ({ [resource.keyParameter]: keyOf(resource, state.created!) });
  const stillThere = async (what: string) => {
    const reply = await client.send(resource.read, { params: params() });
    expectStatus(reply, 200);
    expect(
      JSON.stringify(recordIn(reply.body, resource.keyProperty)) === JSON.stringify(state.created),
      `${what} changed the first user's record: ${summary(reply.body)}`,
    );
  };

  await log.run(`GET ${resource.itemPath} ${as}: the record is not found`, async () => {
    const reason = why();
    if (reason) return skip(reason);
    expectProblem(await client.send(resource.read, { params: params(), token: secondToken! }), [403, 404]);
  });

  await log.run(`PATCH ${resource.itemPath} ${as}: refused, the record unchanged`, async () => {
    const reason = why() ?? (resource.update ? undefined : 'the document has no PATCH on this path');
    if (reason) return skip(reason);
    const field = document
      .properties(resource.updateSchema)
      .find(
        ([name, schema]) =>
          !records.parentOf(name, schema) && !schema.readOnly && primaryType(schema) !== undefined,
      );
    if (!field) return skip('the update body has no property to send');
    const reply = await client.send(resource.update!, {
      params: params(),
      body: { [field[0]]: records.value(field[1], true) },
      token: secondToken!,
    });
    expectProblem(reply, [403, 404]);
    await stillThere(reply.what);
  });

  await log.run(`DELETE ${resource.itemPath} ${as}: refused, the record kept`, async () => {
    const reason = why() ?? (resource.remove ? undefined : 'the document has no DELETE on this path');
    if (reason) return skip(reason);
    const reply = await client.send(resource.remove!, { params: params(), token: secondToken! });
    expectProblem(reply, [403, 404]);
    await stillThere(reply.what);
  });

  await log.run(`GET ${resource.collectionPath} ${as}: the record is not listed`, async () => {
    const reason = why() ?? (resource.list ? undefined : 'the document has no GET on this path');
    if (reason) return skip(reason);
    const { items } = await scanList(context, resource, {}, secondToken!);
    expect(
      !listed(resource, items, state.created!),
      `GET ${resource.collectionPath} ${as} lists the first user's record`,
    );
  });
}
