import type { ContractDocument, ContractResource } from './contract-api.js';
import type { CaseLog } from './contract-case.js';
import { expectStatus, type ContractClient } from './contract-client.js';
import { itemsOf, keyOf, totalOf, type ContractRecords, type StoredRecord } from './contract-records.js';

/** What every group of cases works with; one per suite run. */
export interface SuiteContext {
  readonly document: ContractDocument;
  readonly client: ContractClient;
  readonly records: ContractRecords;
  readonly log: CaseLog;
  /** The first user's credential (sent by default) and another user's, when given. */
  readonly firstToken?: string;
  readonly secondToken?: string;
}

/** The records a resource's CRUD cases created and share with the later cases. */
export interface ResourceState {
  /** Created by the first user in the create case; deleted by the last case. */
  created?: StoredRecord;
  /** A second record whose enum and boolean values differ from `created`'s: filters must tell them apart. */
  decoy?: StoredRecord;
}

export interface ListScan {
  /** Every item seen, page after page, in order. */
  readonly items: StoredRecord[];
  /** The total the first page reported, if the list reports one. */
  readonly total?: number;
}

/**
 * Reads a resource's list page after page (by `offset` when the list takes it) with `query`, until
 * every item the list reports is seen or `maxPages` pages were read.
 */
export async function scanList(
  context: SuiteContext,
  resource: ContractResource,
  query: Record<string, string | number | boolean> = {},
  token?: string | null,
  maxPages = 100,
): Promise<ListScan> {
  const list = resource.list!;
  const limit = resource.maxPageSize ?? 100;
  const paged = list.parameters.some((parameter) => parameter.name === 'offset');
  const items: StoredRecord[] = [];
  let total: number | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const reply = await context.client.send(list, {
      query: {
        ...query,
        ...(list.parameters.some((p) => p.name === 'limit') ? { limit } : {}),
        ...(paged ? { offset: page * limit } : {}),
      },
      ...(token === undefined ? {} : { token }),
    });
    expectStatus(reply, 200);
    const pageItems = itemsOf(reply.body) ?? [];
    if (page === 0) total = totalOf(reply.body);
    items.push(...pageItems);
    if (!paged || pageItems.length < limit || (total !== undefined && items.length >= total)) break;
  }
  return { items, ...(total === undefined ? {} : { total }) };
}

export function listed(resource: ContractResource, items: StoredRecord[], record: StoredRecord): boolean {
  return items.some((item) => String(item[resource.keyProperty]) === keyOf(resource, record));
}
