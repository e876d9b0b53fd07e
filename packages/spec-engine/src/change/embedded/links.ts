import type { Relation } from '../../design/api-design.js';
import { joinShape } from '../../design/many-to-many.js';
import { foreignKeyName } from '../../design/naming.js';
import { ChangeRequestError } from '../change-request-error.js';
import type { WorkingDesign, WorkingResource } from './working-design.js';

/** The child and parent of a link, however it was stated (normalised designs state belongs-to). */
export const childOf = (r: { kind: string; from: string; to: string }) =>
  r.kind === 'has-many' ? r.to : r.from;
export const parentOf = (r: { kind: string; from: string; to: string }) =>
  r.kind === 'has-many' ? r.from : r.to;

export function relate(
  working: WorkingDesign,
  child: WorkingResource,
  parent: WorkingResource,
  required: boolean,
): string | undefined {
  if (child === parent) return `${child.plural} cannot belong to themselves here`;
  const field = foreignKeyName(parent.name);
  const exists = working.design.relations.some(
    (r) => r.kind !== 'many-to-many' && childOf(r) === child.name && parentOf(r) === parent.name,
  );
  if (exists)
    throw new ChangeRequestError('change_no_effect', `${child.plural} already belong to ${parent.plural}.`);
  if (required)
    working.assumptions.push({
      path: `${child.name}.${field}`,
      text: `${field} is optional: the ${child.name} rows already stored have no ${parent.name}`,
    });
  working.design.relations.push({
    kind: 'belongs-to',
    from: child.name,
    to: parent.name,
    field,
    required: false,
  });
  return undefined;
}

/** Both resources having many of the other: a many-to-many link, its pairs stored in a join resource. */
export function relateMany(
  working: WorkingDesign,
  a: WorkingResource,
  b: WorkingResource,
): string | undefined {
  if (a === b) return `${a.plural} cannot be linked to themselves here`;
  const exists = working.design.relations.some(
    (r) => r.kind === 'many-to-many' && [r.from, r.to].sort().join() === [a.name, b.name].sort().join(),
  );
  if (exists)
    throw new ChangeRequestError(
      'change_no_effect',
      `${a.plural} and ${b.plural} are already linked many-to-many.`,
    );
  working.design.relations.push({ kind: 'many-to-many', from: a.name, to: b.name, required: false });
  return undefined;
}

export function unrelate(working: WorkingDesign, a: WorkingResource, b: WorkingResource): string | undefined {
  const between = (r: { from: string; to: string }) =>
    (r.from === a.name && r.to === b.name) || (r.from === b.name && r.to === a.name);
  const links = working.design.relations.filter(between);
  if (links.length === 0) return `${a.plural} and ${b.plural} are not linked`;
  working.design.relations = working.design.relations.filter((r) => !links.includes(r));
  for (const link of links) {
    if (link.kind === 'many-to-many') {
      dropBareJoin(working, link);
      continue;
    }
    const child = working.design.resources.find((r) => r.name === childOf(link))!;
    const key = link.field ?? foreignKeyName(parentOf(link));
    child.fields = child.fields.filter((f) => f.name !== key);
    if (child.fields.length === 0)
      throw new ChangeRequestError('change_invalid', `Unlinking leaves ${child.plural} without fields.`);
  }
  return undefined;
}

/**
 * Unlinking a many-to-many pair drops the join resource that stored its pairs when that is all it holds;
 * a join that also records something (a grade, a date) stays, linked to both sides as a resource of its own.
 */
function dropBareJoin(working: WorkingDesign, link: Relation): void {
  if (link.through === undefined) return;
  const shape = joinShape(link);
  const join = working.design.resources.find((r) => r.name === shape.name);
  if (join === undefined) return;
  const onlyThePair = join.fields.every((f) => f.name === shape.fromField || f.name === shape.toField);
  const referenced = working.design.resources.some((r) => r.fields.some((f) => f.references === join.name));
  const linkedElsewhere = working.design.relations.some(
    (r) => (r.to === join.name || r.from === join.name) && r.kind !== 'belongs-to',
  );
  if (!onlyThePair || referenced || linkedElsewhere) return;
  working.design.resources = working.design.resources.filter((r) => r !== join);
  working.design.relations = working.design.relations.filter(
    (r) => r.from !== join.name && r.to !== join.name,
  );
}
