import type { Deployment } from '@smartapiforge/deployers';
import type { FileConflict, FileUpdate } from '@smartapiforge/scaffolders';
import type {
  ApiDesign,
  Assumption,
  ChangePlanner,
  DesignDiff,
  OpenApiDiff,
} from '@smartapiforge/spec-engine';
import type { ContractCheck } from './contract-check.js';
import type { ForgeEvent } from './events.js';
import type { LocalCredentials } from './local-credentials.js';
import type { ProjectTestReport } from './test-in-sandbox.js';

export interface ChangeOptions {
  /** Show the diffs (and the migration it would write), then stop: nothing is written. */
  readonly dryRun?: boolean;
  /** Apply a change that may break clients of the current contract (a major version). */
  readonly allowBreaking?: boolean;
  /** Apply a change that drops or converts stored data (a column, a table, a narrower type). */
  readonly allowDestructive?: boolean;
  /** Run the project's tests on the new version in the sandbox (default true). */
  readonly test?: boolean;
  /** Serve the new version (default true). */
  readonly deploy?: boolean;
  /**
   * A live deployment of this project, made by this forge: the new version replaces it behind the same
   * URL with its data and secrets kept. Absent, the new version is deployed afresh.
   */
  readonly deploymentId?: string;
  /** Reads the request; the embedded change planner by default. */
  readonly planner?: ChangePlanner;
  /** Times failing tests go back to a planner that can revise (see GenerateOptions.maxRepairs). */
  readonly maxRepairs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ForgeEvent) => void;
}

/** The migration a change adds. */
export interface ChangeMigration {
  /** The stack's migration file (`migrations/002_add_pets_owner_name.sql`). */
  readonly file: string;
  /** Every file written for it (the Supabase copy included). */
  readonly files: readonly string[];
  readonly steps: readonly string[];
  readonly destructive: boolean;
}

export interface ChangeResult {
  readonly projectDir: string;
  /** Whether the project was changed (false for a dry run). */
  readonly applied: boolean;
  readonly previousVersion: string;
  /** The contract's new `info.version`: major for a breaking change, minor for an additive one. */
  readonly version: string;
  readonly design: ApiDesign;
  readonly openapi: Record<string, unknown>;
  readonly designDiff: DesignDiff;
  /** The contract diff, each change classified as oasdiff would. */
  readonly diff: OpenApiDiff;
  /** Absent when the schema stays the same. */
  readonly migration?: ChangeMigration;
  /** What happened to each file (replaced, merged, added, removed…). */
  readonly updates: readonly FileUpdate[];
  readonly conflicts: readonly FileConflict[];
  readonly assumptions: readonly Assumption[];
  readonly warnings: readonly string[];
  readonly test?: ProjectTestReport;
  readonly deployment?: Deployment;
  readonly contract?: ContractCheck;
  readonly credentials?: LocalCredentials;
  /** Milliseconds per stage that ran. */
  readonly timings: Readonly<Record<string, number>>;
}
