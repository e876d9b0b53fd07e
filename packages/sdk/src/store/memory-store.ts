import { assertGenerationId, newestFirst, type ForgeStore, type GenerationRecord } from './forge-store.js';

export interface MemoryStoreOptions {
  /** Most generations kept; the oldest are dropped beyond it, so a long-lived forge stays bounded. Default 100. */
  readonly limit?: number;
}

/** Keeps generations in this process (the default store of `createForge`). */
export function createMemoryStore(options: MemoryStoreOptions = {}): ForgeStore {
  const limit = options.limit ?? 100;
  const records = new Map<string, GenerationRecord>();
  // Records are copied in and out, so callers cannot change what the store holds.
  const copy = (record: GenerationRecord) => structuredClone(record);
  return {
    specificationVersion: 'v1',
    async saveGeneration(record) {
      assertGenerationId(record.id);
      records.set(record.id, copy(record));
      if (records.size > limit) {
        const oldest = [...records.values()].sort(newestFirst).slice(limit);
        for (const record of oldest) records.delete(record.id);
      }
    },
    async getGeneration(id) {
      const record = records.get(id);
      return record && copy(record);
    },
    async listGenerations() {
      return [...records.values()].sort(newestFirst).map(copy);
    },
  };
}
