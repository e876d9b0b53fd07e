import type { Deployment } from '@smartapiforge/deployers';
import type { Stack } from '@smartapiforge/scaffolders';
import type { ApiDesign, Assumption, ChangePlanner, PlanHop } from '@smartapiforge/spec-engine';
import type { ChangeOptions, ChangeResult } from './change-types.js';
import type { DeployerChoice, SandboxChoice } from './adapters.js';
import type { ContractCheck } from './contract-check.js';
import type { RepairRecord } from './errors.js';
import type { ForgeEvent } from './events.js';
import type { Generation } from './generation.js';
import type { HandlerOutcome } from './implement-handlers.js';
import type { LocalCredentials } from './local-credentials.js';
import type { PlannerChoice } from './planner-choice.js';
import type { ProviderHops } from './provider-hops.js';
import type { ForgeStore } from './store/forge-store.js';
import type { ProjectTestReport } from './test-in-sandbox.js';

export interface ForgeSettings {
  /**
   * Turns prompts into designs: a Planner, an LLMProvider, or a name — `embedded` (the default: no
   * model, no network), `ollama`, `hf`, `openai` (each falling back to embedded), `auto` (Ollama → HF →
   * embedded).
   */
  readonly llm?: PlannerChoice;
  /** Model id for a named LLM. */
  readonly model?: string;
  /**
   * Where generated code runs: an instance, a name (`local` bubblewrap — the default —, `e2b`,
   * `northflank`), or names to try in order.
   */
  readonly sandbox?: SandboxChoice;
  /**
   * Where generated APIs go live: an instance, a name (`local` on 127.0.0.1 — the default —, `vercel`,
   * `fly`), or names to try in order (e.g. `['vercel', 'fly']`, the hops are reported).
   */
  readonly deployer?: DeployerChoice;
  /**
   * Where generations are kept (design, spec, files, test counts, deployment), saved as each stage
   * finishes: `createMemoryStore()` (the default, the newest 100 in this process) or
   * `createFileStore({ dir })` (a JSON file each), or any ForgeStore.
   */
  readonly store?: ForgeStore;
  /** Folder for the dependency cache shared by generated projects. */
  readonly cacheDir?: string;
  /** Extra attempts for stages that fail with a retryable error (timeouts, busy ports). Default 1. */
  readonly retries?: number;
  /** Reads change requests (`change()`); the embedded change planner by default. */
  readonly changePlanner?: ChangePlanner;
}

/** A deployed API's request budget per window, per client address and per caller. */
export interface RateLimitOption {
  readonly requests: number;
  readonly windowSeconds?: number;
}

/**
 * What to build from: a plain-language prompt, an existing design (planning is skipped), or an
 * existing OpenAPI 3.0/3.1 document as YAML/JSON text or an object (spec-first: it is imported).
 */
export type GenerateInput = string | { readonly design: unknown } | { readonly spec: string | object };

export interface GenerateOptions {
  /** The generated project's stack (default `express`). */
  readonly stack?: Stack;
  /** Folder for the project; defaults to `./<api-name>` in the current directory. */
  readonly outDir?: string;
  /** Replace the contents of a non-empty outDir. */
  readonly overwrite?: boolean;
  /** Run the project's generated tests in the sandbox (default true). */
  readonly test?: boolean;
  /** Serve the project and return its live URL (default true). */
  readonly deploy?: boolean;
  /**
   * Times an invalid spec or failing generated tests are fed back to the planner for a corrected
   * design (default 2; 0 turns repair off). Only planners that learn from feedback (models) repair;
   * for others a `repair` event and the error say why not.
   */
  readonly maxRepairs?: number;
  /**
   * Turns on the deployed API's rate limit: at most `requests` per `windowSeconds` (default 60) per
   * client address and per caller, answered 429 with Retry-After past it (the generated app's
   * `RATE_LIMIT`/`RATE_LIMIT_WINDOW`). Off by default. The contract stage then proves the 429, so the
   * window must also allow the suite's own few hundred calls.
   */
  readonly rateLimit?: RateLimitOption;
  readonly signal?: AbortSignal;
  /** Receives each progress event as it happens (iterating the returned generation works too). */
  readonly onProgress?: (event: ForgeEvent) => void;
}

/** The contract for a design: the design itself and its OpenAPI 3.1 document in both encodings. */
export interface SpecResult {
  readonly design: ApiDesign;
  readonly openapi: Record<string, unknown>;
  readonly yaml: string;
  readonly json: string;
  /** What planning, import or lint assumed, dropped or flagged, in words a user can act on. */
  readonly warnings: readonly string[];
  /** What the planner inferred beyond the request's words, each with the part of the design it made. */
  readonly assumptions: readonly Assumption[];
  /** Planners tried, in order (fallbacks included), when a chain planned the design. */
  readonly hops: readonly PlanHop[];
  /** Repairs made: each failure fed back to the planner, in order. Empty when the first design held. */
  readonly repairs: readonly RepairRecord[];
}

export interface ScaffoldResult extends SpecResult {
  readonly outDir: string;
  /** The OpenAPI 3.1 contract, as YAML, inside outDir. */
  readonly specPath: string;
  /** Relative paths of every file written. */
  readonly files: readonly string[];
}

export interface GenerateResult extends ScaffoldResult {
  /** The generation's id in the forge's store. */
  readonly id: string;
  readonly test?: ProjectTestReport;
  readonly deployment?: Deployment;
  /** The contract suite's verdict on the served API (every response checked against the spec). */
  readonly contract?: ContractCheck;
  /** For APIs that require auth: the secrets the deployment runs with and two users' credentials. */
  readonly credentials?: LocalCredentials;
  /** Milliseconds per stage that ran, summed over repair rounds. */
  readonly timings: Readonly<Record<string, number>>;
  /** Fallbacks taken by the LLM planner, sandbox and deployer chains. */
  readonly providerHops: ProviderHops;
  /** Spec-first with an LLMProvider as `settings.llm`: each custom operation's model-written handler, kept or rejected. */
  readonly handlers?: readonly HandlerOutcome[];
}

export interface RedeployOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ForgeEvent) => void;
}

export interface Forge {
  /**
   * Prompt (or design) → OpenAPI 3.1 → project → tested in the sandbox → live URL. Await the returned
   * generation for the result, or iterate it for progress events.
   */
  generate(input: GenerateInput, options?: GenerateOptions): Generation<GenerateResult>;
  /** Stops after the contract: plans (for a prompt), compiles and validates; writes nothing. */
  spec(
    input: GenerateInput,
    options?: Pick<GenerateOptions, 'signal' | 'onProgress' | 'maxRepairs'>,
  ): Promise<SpecResult>;
  /** Writes the project for a prompt or design without testing or serving it. */
  scaffold(input: GenerateInput, options?: Omit<GenerateOptions, 'test' | 'deploy'>): Promise<ScaffoldResult>;
  /**
   * A change to a project this forge (or `forge generate`) made, read from its `.forge/` folder: the
   * request planned against its design, both diffs classified, then (unless a dry run or refused) the
   * next migration, the files merged with the user's edits, tests, and the new version served — in
   * place of `options.deploymentId` when given. Await it, or iterate it for the same events as generate.
   */
  change(projectDir: string, request: string, options?: ChangeOptions): Generation<ChangeResult>;
  /**
   * Serves a project's files as they now are on disk (after a `change` made without deploying) as the
   * new version of a live deployment of this forge: same URL, data and secrets kept.
   */
  redeploy(deploymentId: string, projectDir: string, options?: RedeployOptions): Promise<Deployment>;
  /** Where this forge keeps its generations (see `ForgeSettings.store`). */
  readonly store: ForgeStore;
  /** Stops one deployment made by this forge. */
  stop(deploymentId: string): Promise<void>;
  /** Stops every deployment made by this forge. */
  close(): Promise<void>;
}
