import type { ApiDesign } from '../design/api-design.js';

export interface PlanOptions {
  /** Cancels planning; planners that call models must stop network work promptly. */
  readonly signal?: AbortSignal;
}

export interface PlanResult {
  /** A design that has passed `parseDesign` (checked and normalised). */
  readonly design: ApiDesign;
  /** The id of the planner that produced the design (after any fallbacks). */
  readonly planner: string;
  /** Things the planner assumed or dropped, in words a user can act on. */
  readonly warnings: string[];
  readonly durationMs: number;
}

/** Turns a plain-language description of an API into a validated design. */
export interface Planner {
  /** Stable id, e.g. `embedded` or `llm:ollama`. */
  readonly id: string;
  plan(prompt: string, options?: PlanOptions): Promise<PlanResult>;
}
