import type { ApiDesign } from './api-design.js';
import { foreignKeyName } from './naming.js';

/** A child → parent link, however the design stated it (belongs-to, has-many or a reference field). */
export interface BelongsToLink {
  readonly child: string;
  readonly parent: string;
  /** The foreign-key property on the child. */
  readonly field: string;
  readonly required: boolean;
  /** Where the link was stated, for error paths: `relations[2]` or `resources[1].fields[3]`. */
  readonly path: string;
  /** Whether a relation (rather than only a reference field) states it. */
  readonly fromRelation: boolean;
}

/**
 * Collects every belongs-to link in declaration order: relations first, then reference fields that no
 * relation covers. Validation and normalisation both read this one list so they cannot disagree.
 */
export function belongsToLinks(design: ApiDesign): BelongsToLink[] {
  const links: BelongsToLink[] = [];
  design.relations.forEach((relation, index) => {
    if (relation.kind === 'many-to-many') return;
    const [child, parent] =
      relation.kind === 'belongs-to' ? [relation.from, relation.to] : [relation.to, relation.from];
    const field = relation.field ?? foreignKeyName(parent);
    links.push({
      child,
      parent,
      field,
      required: relation.required,
      path: `relations[${index}]`,
      fromRelation: true,
    });
  });
  design.resources.forEach((resource, resourceIndex) => {
    resource.fields.forEach((field, fieldIndex) => {
      if (field.type !== 'reference' || field.references === undefined) return;
      const covered = links.some(
        (link) => link.fromRelation && link.child === resource.name && link.field === field.name,
      );
      if (covered) return;
      links.push({
        child: resource.name,
        parent: field.references,
        field: field.name,
        required: field.required,
        path: `resources[${resourceIndex}].fields[${fieldIndex}]`,
        fromRelation: false,
      });
    });
  });
  return links;
}
