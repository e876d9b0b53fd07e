import { cleanupCase } from './cases/cleanup-cases.js';
import { createAndReadCases, deleteCase, unknownKeyCases, updateCase } from './cases/crud-cases.js';
import { ownershipCases, unauthenticatedCases } from './cases/access-cases.js';
import { coverageCases, rateLimitCase, type ContractRateLimit } from './cases/coverage-cases.js';
import {
  createInputCases,
  malformedKeyCases,
  oversizedBodyCase,
  queryInputCases,
} from './cases/input-cases.js';
import { filterCases, listedAndCountedCase, sortCases } from './cases/list-cases.js';
import { linkedListCases, pairCascadeCases, pairCases } from './cases/pair-cases.js';
import { ContractDocument, type OpenApiLike } from './contract-api.js';
import { CaseLog, type ContractCase } from './contract-case.js';
import { ContractClient } from './contract-client.js';
import { ContractRecords } from './contract-records.js';
import { createPlainHttpFetch } from './plain-http-fetch.js';
import { schemaCheckFor } from './schema-check.js';
import type { ResourceState, SuiteContext } from './suite-context.js';

export type { ContractCase } from './contract-case.js';
export type { ContractRateLimit } from './cases/coverage-cases.js';

export interface ContractAuth {
  /** Credentials (JWTs or API keys, per the document's security scheme) of two different users. */
  readonly tokens: readonly [string, string?];
  /**
   * Collection paths whose rows belong to their creator, for documents that do not mark them with
   * `x-owner-scoped` (compiled contracts do).
   */
  readonly ownerScoped?: readonly string[];
}

export interface RunContractSuiteOptions {
  /** The OpenAPI 3.1 document the server claims to implement. */
  readonly openapi: object;
  /** Where it is served, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  readonly auth?: ContractAuth;
  /** The API's rate limit, when one is on: the suite then proves the 429. */
  readonly rateLimit?: ContractRateLimit;
  /** How calls are made; default: node:http for `http:` URLs (see plain-http-fetch.ts), else the built-in fetch. */
  readonly fetch?: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

export interface ContractReport {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly cases: ContractCase[];
}

/**
 * Black-box checks of a served API against its OpenAPI document, independent of the stack behind it.
 * Cases come from the document alone: every reply is checked against what its operation declares
 * (status, media type, body schema, headers); CRUD round trips; the list finds a new record and
 * counts it; each declared filter and sort works; a join resource (`x-many-to-many`) refuses a pair
 * linked twice with 409, deleting either side of a pair removes the pair and keeps the other side,
 * and a list through it (`x-through`) holds exactly the linked record; bad input of every kind is
 * refused with problem+json and never a 5xx; with credentials, every secured operation refuses
 * anonymous calls and owner-scoped records are out of another user's reach; every operation is
 * called; every record created is deleted again, so a live API keeps none of the suite's data. Never
 * throws for a failing server: each case is reported passed, failed, or skipped with the reason.
 */
export async function runContractSuite(options: RunContractSuiteOptions): Promise<ContractReport> {
  if (options.fetch) return runSuite(options, options.fetch);
  const transport = createPlainHttpFetch();
  try {
    return await runSuite(options, transport.fetch);
  } finally {
    transport.close();
  }
}

async function runSuite(
  options: RunContractSuiteOptions,
  fetchImpl: typeof globalThis.fetch,
): Promise<ContractReport> {
  const openapi = options.openapi as OpenApiLike;
  const document = new ContractDocument(openapi, options.auth?.ownerScoped);
  const [firstToken, secondToken] = options.auth?.tokens ?? [];
  const client = new ContractClient(
    document,
    schemaCheckFor(openapi),
    options.baseUrl,
    firstToken,
    fetchImpl,
    options.signal,
  );
  const log = new CaseLog();
  const context: SuiteContext = {
    document,
    client,
    records: new ContractRecords(document, client),
    log,
    ...(firstToken ? { firstToken } : {}),
    ...(secondToken ? { secondToken } : {}),
  };

  if (document.resources.length === 0)
    log.skipped('CRUD cases', 'no collection has POST /x and GET /x/{key} with JSON bodies');
  for (const resource of document.resources) {
    const state: ResourceState = {};
    await createAndReadCases(context, resource, state);
    await listedAndCountedCase(context, resource);
    await filterCases(context, resource, state);
    await sortCases(context, resource, state);
    await updateCase(context, resource, state);
    await pairCases(context, resource);
    await pairCascadeCases(context, resource);
    await ownershipCases(context, resource, state);
    await createInputCases(context, resource);
    await queryInputCases(context, resource);
    await unknownKeyCases(context, resource);
    await malformedKeyCases(context, resource);
    await deleteCase(context, resource, state);
  }
  await linkedListCases(context);
  await oversizedBodyCase(context);
  await unauthenticatedCases(context);
  await coverageCases(context);
  await cleanupCase(context);
  await rateLimitCase(context, options.rateLimit);

  const count = (status: ContractCase['status']) => log.cases.filter((item) => item.status === status).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), cases: log.cases };
}
