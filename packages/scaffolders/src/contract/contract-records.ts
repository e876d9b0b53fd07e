import type { ContractDocument, ContractResource, JsonSchema } from './contract-api.js';
import { expect, summary } from './contract-case.js';
import { expectStatus, type ContractClient } from './contract-client.js';
import { sampleValue } from './sample-values.js';

export type StoredRecord = Record<string, unknown>;

/**
 * Makes valid create bodies and records for the document's resources: every value distinct per call
 * where the schema leaves room (unique constraints never collide), a required link to another
 * resource satisfied by creating that parent first.
 */
export class ContractRecords {
  private variant = 0;
  private readonly byReadSchema: Map<string, ContractResource>;

  constructor(
    private readonly document: ContractDocument,
    private readonly client: ContractClient,
  ) {
    this.byReadSchema = new Map(
      document.resources.flatMap((resource) =>
        resource.readSchemaName ? [[resource.readSchemaName, resource] as const] : [],
      ),
    );
  }

  next(): number {
    this.variant += 1;
    return this.variant;
  }

  /** A valid value for one property; `alternate` picks another enum value or `false`, for decoys. */
  value(schema: JsonSchema, alternate = false): unknown {
    return sampleValue(schema, this.next(), alternate);
  }

  /** A valid create body; `alternate` makes enum and boolean values differ from a plain one's. */
  async input(
    resource: ContractResource,
    token: string | null | undefined,
    alternate = false,
    depth = 0,
  ): Promise<StoredRecord> {
    const required = new Set(resource.createSchema.required ?? []);
    const input: StoredRecord = {};
    for (const [name, property] of this.document.properties(resource.createSchema)) {
      if (property.readOnly) continue;
      const parent = this.parentOf(name, property);
      if (parent) {
        if (!required.has(name) || depth > 5) continue;
        input[name] = keyOf(parent, await this.create(parent, token, false, depth + 1));
        continue;
      }
      // Optional properties are sent too, so the round trip checks them; nested objects only when required.
      if (!required.has(name) && property.properties) continue;
      input[name] = this.value(property, alternate);
    }
    return input;
  }

  /** Creates a record (201) and returns it as the server stored it. */
  async create(
    resource: ContractResource,
    token?: string | null,
    alternate = false,
    depth = 0,
  ): Promise<StoredRecord> {
    const reply = await this.client.send(resource.create, {
      body: await this.input(resource, token, alternate, depth),
      ...(token === undefined ? {} : { token }),
    });
    expectStatus(reply, 201);
    const record = recordIn(reply.body, resource.keyProperty);
    expect(record, `${reply.what}: the created record has no ${resource.keyProperty} ${summary(reply.body)}`);
    return record;
  }

  /** The resource a property links to: named by its `x-references` extension, else by `<parent>_id`. */
  parentOf(property: string, schema: JsonSchema | undefined): ContractResource | undefined {
    const referenced = schema?.['x-references'];
    if (typeof referenced === 'string') return this.byReadSchema.get(referenced);
    if (!property.endsWith('_id')) return undefined;
    const schemaName = property
      .slice(0, -3)
      .split('_')
      .filter(Boolean)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join('');
    return this.byReadSchema.get(schemaName);
  }
}

/** The record in a response body: the body itself, or the one object it wraps (`{ "article": {…} }`). */
export function recordIn(body: unknown, keyProperty: string): StoredRecord | undefined {
  if (!isRecord(body)) return undefined;
  if (keyProperty in body) return body;
  const wrapped = Object.values(body).filter(isRecord);
  return wrapped.length === 1 && keyProperty in wrapped[0]! ? wrapped[0] : undefined;
}

export function keyOf(resource: ContractResource, record: StoredRecord): string {
  return String(record[resource.keyProperty]);
}

/** The items of a list response: the body if it is an array, else its first array property (`data`). */
export function itemsOf(body: unknown): StoredRecord[] | undefined {
  if (Array.isArray(body)) return body.filter(isRecord);
  if (!isRecord(body)) return undefined;
  const list = Array.isArray(body.data) ? body.data : Object.values(body).find(Array.isArray);
  return list?.filter(isRecord);
}

/** The total a list response reports (`meta.total`, `total`, `…Count`), if any. */
export function totalOf(body: unknown): number | undefined {
  if (!isRecord(body)) return undefined;
  const meta = isRecord(body.meta) ? body.meta : {};
  const candidates = [
    meta.total,
    body.total,
    ...Object.entries(body)
      .filter(([key]) => /count$/i.test(key))
      .map(([, value]) => value),
  ];
  return candidates.find((value): value is number => typeof value === 'number');
}

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
