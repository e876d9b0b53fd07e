import type { ApiDesign } from '../design/api-design.js';
import { createEmbeddedChangePlanner } from './embedded-change-planner.js';
import type { ChangePlan, PlanChangeOptions } from './types.js';

let embedded: ReturnType<typeof createEmbeddedChangePlanner> | undefined;

/**
 * Reads a change request against the current design and answers the whole new design, the edits it
 * understood and what it assumed; the embedded change planner reads it unless `options.planner` is given.
 */
export function planChange(
  current: ApiDesign,
  request: string,
  options: PlanChangeOptions = {},
): Promise<ChangePlan> {
  const planner = options.planner ?? (embedded ??= createEmbeddedChangePlanner());
  return planner.planChange(current, request, options.signal !== undefined ? { signal: options.signal } : {});
}
