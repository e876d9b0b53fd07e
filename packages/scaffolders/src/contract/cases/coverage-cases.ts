import type { ContractOperation } from '../contract-api.js';
import { expect, skip, summary } from '../contract-case.js';
import { expectProblem } from '../contract-client.js';
import { keyOf } from '../contract-records.js';
import type { SuiteContext } from '../suite-context.js';

/**
 * Every operation of the document is called at least once and answers as it declares. Operations
 * the CRUD cases already called successfully pass; the others (nested lists, custom operations) get
 * one call with sampled parameters, a parent record for `/parents/{id}/…`, and a sampled body.
 */
export async function coverageCases(context: SuiteContext) {
  const { document, client, log, records } = context;
  for (const operation of document.operations) {
    const key = `${operation.method} ${operation.path}`;
    await log.run(
      `${operation.method.toUpperCase()} ${operation.path}: answers as the document declares`,
      async () => {
        if (client.succeeded.has(key)) return;
        const params: Record<string, string> = {};
        for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
          const value = await pathValue(context, operation, parameter.name);
          if (value === undefined)
            return skip(`no record to fill {${parameter.name}}: no collection path precedes it`);
          params[parameter.name] = value;
        }
        const query = Object.fromEntries(
          operation.parameters
            .filter((parameter) => parameter.in === 'query' && parameter.required)
            .map((parameter) => [parameter.name, String(records.value(parameter.schema))]),
        );
        const body = operation.requestSchema
          ? records.value(document.objectSchema(operation.requestSchema))
          : undefined;
        const reply = await client.send(operation, {
          params,
          query,
          ...(body === undefined ? {} : { body }),
        });
        expect(
          reply.status < 500,
          `${reply.what}: the server failed with ${reply.status} ${summary(reply.body)}`,
        );
        if (reply.status >= 400) {
          expectProblem(reply, [reply.status]);
          return skip(`a call with sampled input was answered ${reply.status}: ${summary(reply.body)}`);
        }
      },
    );
  }
}

/** A live record's key for `{name}` in `operation.path`, from the resource whose item path prefixes it. */
async function pathValue(
  context: SuiteContext,
  operation: ContractOperation,
  name: string,
): Promise<string | undefined> {
  const resource = context.document.resources.find(
    (candidate) =>
      candidate.keyParameter === name && (operation.path + '/').startsWith(`${candidate.itemPath}/`),
  );
  if (!resource) return undefined;
  return keyOf(resource, await context.records.create(resource));
}

/** How a run learns the API's rate limit, to prove it: requests allowed per window per caller. */
export interface ContractRateLimit {
  readonly requests: number;
}

/**
 * With the API's rate limit known, requests past it are answered 429 problem+json with Retry-After.
 * Runs last: it spends the caller's budget.
 */
export async function rateLimitCase(context: SuiteContext, rateLimit: ContractRateLimit | undefined) {
  const { document, client, log } = context;
  const operation = document.operations.find(
    (candidate) =>
      candidate.method === 'get' && !candidate.parameters.some((p) => p.in === 'path' || p.required),
  );
  await log.run(
    `${operation ? `GET ${operation.path}` : 'GET'}: answers 429 once the rate limit is spent`,
    async () => {
      if (!rateLimit) return skip("the run was not told the API's rate limit (the rateLimit option)");
      if (!operation) return skip('no GET operation without parameters to repeat');
      for (let sent = 0; sent <= rateLimit.requests + 1; sent += 1) {
        const reply = await client.send(operation);
        if (reply.status !== 429) continue;
        expectProblem(reply, [429]);
        expect(reply.headers.get('retry-after'), `${reply.what}: 429 without a Retry-After header`);
        return;
      }
      expect(false, `GET ${operation.path}: ${rateLimit.requests + 2} requests in a row, none answered 429`);
    },
  );
}
