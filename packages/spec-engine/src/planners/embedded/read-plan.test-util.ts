import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();

/** A planned design as the reading tests compare it: each resource's field names, and its links. */
export interface PlanReading {
  readonly resources: Record<string, string[]>;
  /** `from>to` per relation, in the design's order. */
  readonly links: string[];
  readonly design: ApiDesign;
}

/** Plans a request with the embedded planner, for tests that check what a sentence shape gives. */
export async function readPlan(prompt: string): Promise<PlanReading> {
  const { design } = await planner.plan(prompt);
  return {
    resources: Object.fromEntries(design.resources.map((r) => [r.name, r.fields.map((f) => f.name)])),
    links: design.relations.map((r) => `${r.from}>${r.to}`),
    design,
  };
}
