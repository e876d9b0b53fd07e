import { ForgeError } from '@smartapiforge/errors';
import type { Deployment } from '@smartapiforge/deployers';
import type { ApiDesign } from '@smartapiforge/spec-engine';
import type { RepairRecord } from '../errors.js';
import type { Stage, TestCounts } from '../events.js';
import type { ProviderHops } from '../provider-hops.js';

/**
 * One generation as a store keeps it: written when it starts and again as each stage produces
 * something, so a failed run keeps what it made. Plain JSON: no functions, no secrets (the auth
 * credentials of a deployment are never stored).
 */
export interface GenerationRecord {
  readonly id: string;
  readonly status: 'running' | 'succeeded' | 'failed';
  /** What it was asked for: the prompt, a design, or an OpenAPI document. */
  readonly input:
    { readonly prompt: string } | { readonly design: unknown } | { readonly spec: string | object };
  readonly stack: string;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The latest design (a repair replaces it) and the planner that made it. */
  readonly design?: ApiDesign;
  readonly planner?: string;
  /** Fallbacks taken: LLM planners as soon as planned, sandboxes and deployers once finished. */
  readonly hops?: ProviderHops;
  /** The OpenAPI 3.1 contract compiled from the design. */
  readonly openapi?: Record<string, unknown>;
  readonly outDir?: string;
  /** The project as written: relative path → content (openapi.yaml included). */
  readonly files?: Readonly<Record<string, string>>;
  readonly test?: TestCounts & { readonly durationMs: number };
  readonly contract?: TestCounts & { readonly durationMs: number };
  readonly deployment?: Deployment;
  readonly repairs: readonly RepairRecord[];
  readonly warnings: readonly string[];
  /** Milliseconds per stage, summed over repair rounds. */
  readonly timings: Readonly<Record<string, number>>;
  readonly error?: {
    readonly stage?: Stage;
    readonly code: string;
    readonly message: string;
    /** For failures a planner could correct: what failed, line by line. */
    readonly failures?: readonly string[];
  };
}

/**
 * Where a forge keeps its generations (design, spec, files, test report, deployment). Version 1:
 * stores declare `specificationVersion: 'v1'`. `createMemoryStore()` and `createFileStore()` ship
 * with the SDK; both pass the conformance suite in `test-forge-store.ts`.
 */
export interface ForgeStoreV1 {
  readonly specificationVersion: 'v1';
  /** Creates or replaces the record with this id. */
  saveGeneration(record: GenerationRecord): Promise<void>;
  getGeneration(id: string): Promise<GenerationRecord | undefined>;
  /** Every record kept, newest first. */
  listGenerations(): Promise<GenerationRecord[]>;
}

export type ForgeStore = ForgeStoreV1;

/** A store could not save or read a generation. */
export class ForgeStoreError extends ForgeError {
  constructor(message: string, cause?: unknown) {
    super('store_failed', message, { cause });
  }
}

/** Generation ids become file names, so they are kept to a safe alphabet. */
export const generationIdPattern = /^[A-Za-z0-9_-]{1,128}$/;

export function assertGenerationId(id: string): void {
  if (!generationIdPattern.test(id)) {
    throw new ForgeStoreError(`"${id}" is not a generation id: use 1 to 128 letters, digits, "-" or "_".`);
  }
}

/** Newest first; ties (same millisecond) fall back to the id so the order is stable. */
export function newestFirst(a: GenerationRecord, b: GenerationRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}
