import type { ApiDesign } from '../design/api-design.js';
import { humanise, pathSegment } from '../design/naming.js';
import type { Assumption } from './planner.js';

/**
 * The join resources `parseDesign` added to store many-to-many pairs, said as assumptions: the user
 * asked for a link, and gets a resource with routes of its own, so it must not appear silently.
 */
export function addedJoinAssumptions(planned: unknown, parsed: ApiDesign): Assumption[] {
  const declared = declaredNames(planned);
  const plural = (name: string) => parsed.resources.find((r) => r.name === name)?.plural ?? name;
  const route = (name: string) => `/${pathSegment(plural(name))}`;
  return parsed.relations.flatMap((relation) =>
    relation.kind === 'many-to-many' && relation.through !== undefined && !declared.has(relation.through)
      ? [
          {
            path: relation.through,
            text: `added ${relation.through} to store which ${humanise(plural(relation.from))} go with which ${humanise(plural(relation.to))}, each pair once (${route(relation.through)}; ${route(relation.from)}/{id}${route(relation.to)} lists them)`,
          },
        ]
      : [],
  );
}

/** The resource names a planner's design (already accepted by `parseDesign`) declares itself. */
function declaredNames(planned: unknown): Set<string> {
  const resources = (planned as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return new Set();
  return new Set(
    resources
      .map((resource) => (resource as { name?: unknown } | null)?.name)
      .filter((n) => typeof n === 'string'),
  );
}
