import type { ApiDesign, Field, Relation } from './api-design.js';
import { belongsToLinks } from './belongs-to-links.js';
import { expandManyToMany } from './many-to-many.js';
import { foreignKeyName } from './naming.js';

/**
 * Rewrites a checked design into the one form downstream code relies on: every child → parent link is
 * a belongs-to relation with an explicit `field` AND a reference field on the child, with the same
 * `required` on both. Each many-to-many relation names its join resource (`through`), which exists and
 * links to both sides (see `expandManyToMany`). Applying it twice changes nothing.
 */
export function normaliseDesign(given: ApiDesign): ApiDesign {
  const design = expandManyToMany(given);
  const resources = design.resources.map((resource) => ({
    ...resource,
    fields: resource.fields.map((f) => ({ ...f })),
  }));
  const links = new Map<string, Relation>();
  for (const link of belongsToLinks(design)) {
    const key = linkKey(link.child, link.field);
    // A link stated twice (has-many on the parent and belongs-to on the child) is one link.
    const required = link.required || (links.get(key)?.required ?? false);
    links.set(key, { kind: 'belongs-to', from: link.child, to: link.parent, field: link.field, required });
  }
  for (const relation of links.values()) {
    const child = resources.find((r) => r.name === relation.from)!;
    const existing = child.fields.find((f) => f.name === relation.field);
    if (existing === undefined) {
      child.fields.push(referenceField(relation.field!, relation.to, relation.required));
    } else {
      relation.required ||= existing.required;
      existing.required = relation.required;
    }
  }
  // Relations keep the order they were stated in; links that only a reference field stated come last.
  const relations: Relation[] = [];
  const emitted = new Set<string>();
  const emit = (key: string) => {
    if (emitted.has(key)) return;
    emitted.add(key);
    relations.push(links.get(key)!);
  };
  for (const relation of design.relations) {
    if (relation.kind === 'many-to-many') relations.push(relation);
    else {
      const [child, parent] =
        relation.kind === 'belongs-to' ? [relation.from, relation.to] : [relation.to, relation.from];
      emit(linkKey(child, relation.field ?? foreignKeyName(parent)));
    }
  }
  for (const key of links.keys()) emit(key);
  return { ...design, resources, relations };
}

function linkKey(child: string, field: string): string {
  return `${child}\u0000${field}`;
}

function referenceField(name: string, parent: string, required: boolean): Field {
  return { name, type: 'reference', references: parent, required, unique: false, readOnly: false };
}
