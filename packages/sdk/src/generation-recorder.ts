import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { failureCode, StageFailedError, type RepairRecord } from './errors.js';
import type { ForgeEvent } from './events.js';
import type { ProviderHops } from './provider-hops.js';
import type { ForgeStore, GenerationRecord } from './store/forge-store.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** How a generation ended: its error, or the result's warnings and hops; repairs either way. */
export type GenerationOutcome = { readonly repairs: readonly RepairRecord[] } & (
  { readonly error: unknown } | { readonly warnings: readonly string[]; readonly hops: ProviderHops }
);

export interface GenerationRecorder {
  readonly onEvent: (event: ForgeEvent) => void;
  /** Saves the finished record; rejects when this or any earlier save failed. */
  readonly finish: (outcome: GenerationOutcome) => Promise<void>;
}

/**
 * Keeps a generation's record in a store as it runs: saved when it starts and after each stage that
 * produces something (design, contract, files, test counts, deployment), so a failed run keeps what it
 * made. Saves run one after another, in event order.
 */
export function recordGeneration(
  store: ForgeStore,
  start: Pick<GenerationRecord, 'id' | 'input' | 'stack'>,
): GenerationRecorder {
  const now = () => new Date().toISOString();
  const createdAt = now();
  const record: Writable<GenerationRecord> = {
    ...start,
    status: 'running',
    createdAt,
    updatedAt: createdAt,
    repairs: [],
    warnings: [],
    timings: {},
  };
  let saves = Promise.resolve();
  const save = (update: () => Promise<void> | void = () => undefined) => {
    // A failed save skips the later ones; finish() reports it.
    saves = saves.then(async () => {
      await update();
      record.updatedAt = now();
      await store.saveGeneration(record);
    });
    saves.catch(() => undefined);
  };
  save();

  return {
    onEvent(event) {
      switch (event.type) {
        case 'stage-end':
          record.timings = {
            ...record.timings,
            [event.stage]: (record.timings[event.stage] ?? 0) + event.durationMs,
          };
          return;
        case 'planned':
          return save(() => {
            Object.assign(record, {
              design: event.design,
              planner: event.planner,
              hops: { llm: event.hops, sandbox: [], deployer: [] },
            });
            record.warnings = [...record.warnings, ...event.warnings];
          });
        case 'spec':
          return save(() => void (record.openapi = event.openapi));
        case 'scaffolded':
          return save(async () => {
            record.outDir = event.outDir;
            const contents = await Promise.all(
              event.files.map(async (file) => [file, await readFile(path.join(event.outDir, file), 'utf8')]),
            );
            record.files = Object.fromEntries(contents) as Record<string, string>;
          });
        case 'test:result':
        case 'contract:result': {
          const { type, ...counts } = event;
          return save(() => void (record[type === 'test:result' ? 'test' : 'contract'] = counts));
        }
        case 'deployed':
          return save(() => void (record.deployment = event.deployment));
        default:
          return;
      }
    },
    async finish(outcome) {
      save(() => {
        record.repairs = outcome.repairs;
        if ('error' in outcome) {
          const error = outcome.error;
          record.status = 'failed';
          record.error = {
            ...(error instanceof StageFailedError ? { stage: error.stage } : {}),
            code: failureCode(error),
            message: error instanceof Error ? error.message : String(error),
            ...(error instanceof StageFailedError && error.failures.length > 0
              ? { failures: error.failures }
              : {}),
          };
        } else {
          record.status = 'succeeded';
          record.warnings = outcome.warnings;
          record.hops = outcome.hops;
        }
      });
      await saves;
    },
  };
}
