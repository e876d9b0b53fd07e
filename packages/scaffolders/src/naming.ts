import type { ApiDesign } from '@smartapiforge/spec-engine';
import { ForgeError } from '@smartapiforge/errors';

/** A design that cannot be turned into code safely (bad identifiers, dangling references). */
export class ScaffoldError extends ForgeError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('invalid_design', message, { details });
  }
}

// The design schema already restricts these; checking again here is what keeps a design that
// bypassed validation from writing code or paths of its choosing.
const identifier = /^[a-z][a-z0-9_]{0,62}$/;
const apiName = /^[a-z][a-z0-9-]{0,62}$/;

/** Words of a snake_case identifier; empty segments (double underscores) are dropped. */
function words(name: string): string[] {
  return name.split('_').filter(Boolean);
}

export function pascalCase(name: string): string {
  return words(name)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** URL path segment of a collection, e.g. `book_authors` → `book-authors`. */
export function pathSegment(plural: string): string {
  return plural.replaceAll('_', '-');
}

export function assertSafeNames(design: ApiDesign): void {
  if (!apiName.test(design.name)) throw new ScaffoldError(`API name "${design.name}" must be kebab-case.`);
  const resources = new Set<string>();
  const segments = new Set<string>();
  for (const resource of design.resources) {
    for (const name of [resource.name, resource.plural, ...resource.fields.map((field) => field.name)]) {
      if (!identifier.test(name)) {
        throw new ScaffoldError(
          `"${name}" in resource "${resource.name}" must be a lower snake_case identifier.`,
          {
            resource: resource.name,
          },
        );
      }
    }
    const typeName = pascalCase(resource.name);
    const segment = pathSegment(resource.plural);
    if (resources.has(typeName) || segments.has(segment)) {
      throw new ScaffoldError(`Resource "${resource.name}" collides with another resource's name or path.`);
    }
    resources.add(typeName);
    segments.add(segment);
  }
  for (const relation of design.relations) {
    for (const name of [relation.from, relation.to]) {
      if (!design.resources.some((resource) => resource.name === name)) {
        throw new ScaffoldError(`Relation refers to unknown resource "${name}".`, { relation });
      }
    }
  }
}
