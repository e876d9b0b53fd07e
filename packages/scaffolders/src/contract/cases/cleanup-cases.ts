import { expect, skip } from '../contract-case.js';
import { keyOf, recordIn } from '../contract-records.js';
import type { SuiteContext } from '../suite-context.js';

/**
 * The suite deletes every record it created, newest first (children before the parents they link
 * to), with the credential that created it: a live API keeps none of its test data. Runs after every
 * case that writes and before the rate limit is spent.
 */
export async function cleanupCase(context: SuiteContext) {
  const { client, log } = context;
  await log.run('every record the suite created is deleted afterwards', async () => {
    if (client.created.length === 0) return skip('the suite created no record');
    const left: string[] = [];
    for (const { resource, body, token } of [...client.created].reverse()) {
      const record = recordIn(body, resource.keyProperty);
      if (!record) continue;
      const where = `${resource.collectionPath} ${keyOf(resource, record)}`;
      if (!resource.remove) {
        left.push(`${where} (no DELETE ${resource.itemPath})`);
        continue;
      }
      const reply = await client
        .send(resource.remove, {
          params: { [resource.keyParameter]: keyOf(resource, record) },
          ...(token === undefined ? {} : { token }),
        })
        .catch((error: unknown) => error as Error);
      if (reply instanceof Error) left.push(`${where} (${reply.message})`);
      // 404: a case deleted it already.
      else if (reply.status >= 300 && reply.status !== 404)
        left.push(`${where} (DELETE answered ${reply.status})`);
    }
    expect(left.length === 0, `records left behind: ${left.join('; ')}`);
  });
}
