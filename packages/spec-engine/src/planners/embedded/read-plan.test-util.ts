import type { ApiDesign } from '../../design/api-design.js';
import { withoutUndeclaredJoins } from '../../design/many-to-many.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();

/** A planned design as the reading tests compare it: each resource's field names, and its links. */
export interface PlanReading {
  readonly resources: Record<string, string[]>;
  /** `from>to` per relation, in the design's order. */
  readonly links: string[];
  readonly design: ApiDesign;
}

/**
 * The design as the planner read it: without the join resources that `parseDesign` adds to store each
 * many-to-many relation's pairs, and without their links, so reading tests compare what a sentence gives.
 */
export function asRead(served: ApiDesign): ApiDesign {
  // The embedded planner never declares a join itself, so every join resource was added.
  return withoutUndeclaredJoins(served, { resources: [] });
}

/** Plans a request with the embedded planner, for tests that check what a sentence shape gives. */
export async function readPlan(prompt: string): Promise<PlanReading> {
  const design = asRead((await planner.plan(prompt)).design);
  return {
    resources: Object.fromEntries(design.resources.map((r) => [r.name, r.fields.map((f) => f.name)])),
    links: design.relations.map((r) => `${r.from}>${r.to}`),
    design,
  };
}
