import type { ApiDesign } from '../../design/api-design.js';
import type { DesignRename } from '../types.js';

/**
 * The renames of a whole request, from the current design to the final one: chains collapse
 * (a → b, then b → c is a → c), a field rename names its resource as it is finally called, and
 * renames of things removed later in the request, or renamed back, are dropped.
 */
export function settleRenames(renames: readonly DesignRename[], design: ApiDesign): DesignRename[] {
  const resources: { from: string; to: string }[] = [];
  const fields: { resource: string; from: string; to: string }[] = [];
  for (const rename of renames) {
    if (rename.kind === 'resource') {
      const chained = resources.find((r) => r.to === rename.from);
      if (chained !== undefined) chained.to = rename.to;
      else resources.push({ from: rename.from, to: rename.to });
      for (const field of fields) if (field.resource === rename.from) field.resource = rename.to;
      continue;
    }
    const chained = fields.find((f) => f.resource === rename.resource && f.to === rename.from);
    if (chained !== undefined) chained.to = rename.to;
    else fields.push({ resource: rename.resource, from: rename.from, to: rename.to });
  }
  const fieldExists = (resource: string, field: string) =>
    design.resources.find((r) => r.name === resource)?.fields.some((f) => f.name === field) ?? false;
  return [
    ...resources
      .filter((r) => r.from !== r.to && design.resources.some((x) => x.name === r.to))
      .map((r): DesignRename => ({ kind: 'resource', ...r })),
    ...fields
      .filter((f) => f.from !== f.to && fieldExists(f.resource, f.to))
      .map((f): DesignRename => ({ kind: 'field', ...f })),
  ];
}
