import type { ApiDesign } from '../design/api-design.js';
import type { LLMUsage } from '../llm/llm-provider.js';

export interface PlanOptions {
  /** Cancels planning; planners that call models must stop network work promptly. */
  readonly signal?: AbortSignal;
}

/**
 * Something a planner inferred rather than read: a resource proposed for a domain, a field added by
 * convention, a type taken from a field's name, a link assumed between two resources. `path` names the
 * part of the design it concerns (`task`, `task.done`, `contact.company_id`, `auth`).
 */
export interface Assumption {
  readonly path: string;
  readonly text: string;
}

export interface PlanResult {
  /** A design that has passed `parseDesign` (checked and normalised). */
  readonly design: ApiDesign;
  /** The id of the planner that produced the design (after any fallbacks). */
  readonly planner: string;
  /** Things the planner assumed or dropped, in words a user can act on. */
  readonly warnings: string[];
  /**
   * What the planner inferred beyond the request's words, each with the part of the design it made.
   * The embedded and model planners always set it (empty when nothing was assumed); it is optional so
   * results built by hand (a design given directly) need not.
   */
  readonly assumptions?: readonly Assumption[];
  readonly durationMs: number;
  /** Tokens the model calls used, repairs included; only planners that call models set it. */
  readonly usage?: LLMUsage;
  /** Every planner a chain tried, in order, ending with the one that produced the design. */
  readonly hops?: readonly PlanHop[];
  /**
   * Plans again from this design and what later stages found wrong with it (spec validation issues,
   * failing generated tests), for a caller's bounded repair loop. Only planners that can use the
   * feedback set it: a model can correct itself, the deterministic embedded planner would answer the
   * same design again.
   */
  readonly revise?: (failures: readonly string[], options?: PlanOptions) => Promise<PlanResult>;
}

/** One attempt in a planner chain. */
export interface PlanHop {
  readonly planner: string;
  readonly ok: boolean;
  /** The failure's stable code (`llm_timeout`, `llm_auth`, `prompt_unrecognised`, …) when `ok` is false. */
  readonly errorCode?: string;
  readonly ms: number;
  readonly usage?: LLMUsage;
}

/** Turns a plain-language description of an API into a validated design. */
export interface Planner {
  /** Stable id, e.g. `embedded` or `llm:ollama`. */
  readonly id: string;
  plan(prompt: string, options?: PlanOptions): Promise<PlanResult>;
}
