import type { Assumption } from '../planner.js';
import type { EntityDraft, Reading } from './drafts.js';

/** Words that name the software or its documentation, never a record a user keeps in it. */
const softwareNames = new Set(
  'api apis endpoint endpoints backend crud swagger openapi docs documentation rest restful graphql json'.split(
    ' ',
  ),
);

const technical = (name: string) => name.split('_').some((w) => softwareNames.has(w));

/**
 * "Build REST endpoints with proper docs for a recipe site: recipes have a title": a resource the
 * readers named after the software itself ("rest endpoint") that nothing links, and whose fields are
 * software words too or another resource's, is how the request talks about the API, not what it keeps.
 * It is dropped, and the plan says so. A resource with values of its own ("APIs have a base url")
 * is a record like any other and stays, as does the only one a request names.
 */
export function dropTechnicalResources(reading: Reading, assumptions: Assumption[]): void {
  if (reading.entities.size < 2) return;
  for (const entity of [...reading.entities.values()]) {
    if (!technical(entity.key) || referenced(reading, entity)) continue;
    const others = new Set(
      [...reading.entities.values()].filter((e) => e !== entity).flatMap((e) => e.fields.map((f) => f.name)),
    );
    if (!entity.fields.every((f) => technical(f.name) || others.has(f.name))) continue;
    reading.entities.delete(entity.key);
    for (let i = assumptions.length - 1; i >= 0; i--)
      if (assumptions[i]!.path.split('.')[0] === entity.key) assumptions.splice(i, 1);
    assumptions.push({
      path: 'design',
      text: `read "${entity.key.replaceAll('_', ' ')}" as words about the API itself, not a resource it keeps`,
    });
  }
}

function referenced(reading: Reading, entity: EntityDraft): boolean {
  return (
    reading.links.some((l) => l.child === entity.key || l.parent === entity.key) ||
    reading.perFields.some((p) => p.entity === entity.key || p.other === entity.key) ||
    reading.joins.some((j) => [j.join, j.a, j.b].includes(entity.key))
  );
}
