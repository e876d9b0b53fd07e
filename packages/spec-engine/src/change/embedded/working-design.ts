import type { ApiDesign, Field, Relation, Resource } from '../../design/api-design.js';
import type { Assumption } from '../../planners/planner.js';
import type { DesignRename } from '../types.js';

/** The design a change request is being applied to, with what the planner noted along the way. */
export interface WorkingDesign {
  readonly design: ApiDesign & { resources: (Resource & { fields: Field[] })[]; relations: Relation[] };
  readonly renames: DesignRename[];
  readonly assumptions: Assumption[];
  /** One line per clause read, in the request's words, for errors and rewrites. */
  readonly understood: string[];
  /** The field the last instruction was about, for "it" in the next ("rename x to y and make it unique"). */
  last?: { readonly resource: string; readonly field: string };
}

/** A resource of the working design, its fields open to change. */
export type WorkingResource = WorkingDesign['design']['resources'][number];

export function startWorking(current: ApiDesign): WorkingDesign {
  return {
    design: structuredClone(current) as WorkingDesign['design'],
    renames: [],
    assumptions: [],
    understood: [],
  };
}

/** Columns every resource has; a request cannot add, remove or rename them. */
export const implicitFields: ReadonlySet<string> = new Set(['id', 'created_at', 'updated_at']);
