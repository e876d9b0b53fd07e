import type { ApiDesign, Field, Resource } from './api-design.js';
import { belongsToLinks } from './belongs-to-links.js';
import { isStoredManyToMany, joinShape } from './many-to-many.js';
import type { DesignIssue } from './design-validation-error.js';
import { numericTypes, safeRegExp, stringTypes, valueProblem } from './field-values.js';
import { linkedListOperation, nestedListOperation, resourceNames } from './naming.js';
import {
  reservedFieldNames,
  reservedIn,
  reservedResourceNames,
  type ReservedLanguage,
} from './reserved-words.js';

/**
 * Semantic checks that a schema cannot express. Paths point into the design as given (before
 * normalisation), and every problem is reported, not just the first.
 */
export function checkDesign(design: ApiDesign): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  const resourceNamesSet = new Set(design.resources.map((r) => r.name));
  const known = [...resourceNamesSet].join(', ');

  checkResources(design, report);
  design.resources.forEach((resource, i) => {
    if (resource.ownership === 'owner' && design.auth.type === 'none') {
      report(
        `resources[${i}].ownership`,
        'owned rows need an authenticated caller; set auth.type to "api-key" or "bearer-jwt", or ownership to "none"',
      );
    }
    checkFields(resource, `resources[${i}]`, resourceNamesSet, known, report);
  });
  checkRelations(design, resourceNamesSet, known, report);
  if (design.auth.apiKeyHeader !== undefined && design.auth.type !== 'api-key') {
    report('auth.apiKeyHeader', 'is only used when auth.type is "api-key"; remove it or change auth.type');
  }
  if (issues.length === 0) checkGeneratedNames(design, report);
  return issues;
}

type Report = (path: string, message: string) => void;

function reservedMessage(word: string, languages: ReservedLanguage[], suggestions: string[]): string {
  const list = suggestions.map((s) => `"${s}"`).join(' or ');
  return `"${word}" is a reserved word in ${languages.join(', ')}; rename it, e.g. ${list}`;
}

function checkResources(design: ApiDesign, report: Report): void {
  const firstByName = new Map<string, number>();
  const firstByPlural = new Map<string, number>();
  design.resources.forEach((resource, i) => {
    const path = `resources[${i}]`;
    const sameName = firstByName.get(resource.name);
    if (sameName !== undefined)
      report(`${path}.name`, `duplicate resource name "${resource.name}" (also resources[${sameName}])`);
    else firstByName.set(resource.name, i);
    const samePlural = firstByPlural.get(resource.plural);
    if (samePlural !== undefined) {
      report(
        `${path}.plural`,
        `duplicate plural "${resource.plural}" (also resources[${samePlural}]); routes would collide`,
      );
    } else firstByPlural.set(resource.plural, i);
    // Singular names are property names and parts of identifiers, where keywords are fine (the Python
    // stack escapes its own); plurals become table names too, so every list applies to them.
    if (reservedResourceNames.has(resource.name)) {
      report(
        `${path}.name`,
        `"${resource.name}" cannot name a resource: it would clash with generated code; rename it, e.g. "${resource.name}_item" or "${resource.name}_entry"`,
      );
    }
    const pluralReserved = reservedIn(resource.plural);
    if (pluralReserved.length > 0) {
      report(
        `${path}.plural`,
        reservedMessage(resource.plural, pluralReserved, [`${resource.name}_items`, `${resource.name}_list`]),
      );
    }
  });
}

function checkFields(
  resource: Resource,
  base: string,
  resources: Set<string>,
  known: string,
  report: Report,
): void {
  const firstByName = new Map<string, number>();
  resource.fields.forEach((field, j) => {
    const path = `${base}.fields[${j}]`;
    const same = firstByName.get(field.name);
    if (same !== undefined)
      report(`${path}.name`, `duplicate field name "${field.name}" (also ${base}.fields[${same}])`);
    else firstByName.set(field.name, j);
    if (!isOwnerReference(resource, field.name, field.type === 'reference' ? field.references : undefined)) {
      checkFieldName(field.name, resource.name, `${path}.name`, report);
    }
    checkFieldType(field, path, resources, known, report);
    checkFieldBounds(field, path, report);
    checkFieldValues(field, path, report);
  });
}

/**
 * `owner_id` is kept for the ownership column, except as the foreign key to a resource actually named
 * `owner` on a resource that is not itself owned: "pets belong to owners" must stay expressible.
 */
function isOwnerReference(resource: Resource, field: string, references: string | undefined): boolean {
  return field === 'owner_id' && references === 'owner' && resource.ownership !== 'owner';
}

function checkFieldName(name: string, resource: string, path: string, report: Report): void {
  if (reservedFieldNames.has(name)) {
    const why =
      name === 'owner_id'
        ? 'is added automatically to resources with ownership "owner"; remove it'
        : ['limit', 'offset', 'sort'].includes(name)
          ? `clashes with the list query parameter "${name}"; rename it, e.g. "${resource}_${name}"`
          : 'is added to every resource automatically; remove it';
    report(path, `"${name}" ${why}`);
    return;
  }
  const languages = reservedIn(name);
  if (languages.length > 0)
    report(path, reservedMessage(name, languages, [`${resource}_${name}`, `${name}_value`]));
}

function checkFieldType(
  field: Field,
  path: string,
  resources: Set<string>,
  known: string,
  report: Report,
): void {
  if (field.type === 'enum') {
    if (field.enumValues === undefined) {
      report(`${path}.enumValues`, 'an enum field needs enumValues, e.g. ["draft", "published"]');
    } else {
      const duplicate = field.enumValues.find((value, k) => field.enumValues!.indexOf(value) !== k);
      if (duplicate !== undefined) report(`${path}.enumValues`, `"${duplicate}" is listed twice`);
    }
  } else if (field.enumValues !== undefined) {
    report(`${path}.enumValues`, `only enum fields take enumValues; set type to "enum" or remove them`);
  }
  if (field.type === 'reference') {
    if (field.references === undefined) {
      report(
        `${path}.references`,
        `a reference field needs "references": the name of the resource it points to (${known})`,
      );
    } else if (!resources.has(field.references)) {
      report(`${path}.references`, `"${field.references}" is not a resource; known resources: ${known}`);
    }
  } else if (field.references !== undefined) {
    report(
      `${path}.references`,
      'only reference fields take "references"; set type to "reference" or remove it',
    );
  }
  if (field.readOnly && field.required && field.default === undefined) {
    report(
      `${path}.readOnly`,
      'a read-only field cannot be required, since clients never send it; give it a default or make it optional',
    );
  }
}

function checkFieldBounds(field: Field, path: string, report: Report): void {
  const numeric = numericTypes.has(field.type);
  const textual = stringTypes.has(field.type);
  for (const key of ['minimum', 'maximum'] as const) {
    if (field[key] !== undefined && !numeric)
      report(`${path}.${key}`, `only integer and number fields take ${key}`);
  }
  for (const key of ['minLength', 'maxLength', 'pattern'] as const) {
    if (field[key] !== undefined && !textual)
      report(`${path}.${key}`, `only string, text, email and url fields take ${key}`);
  }
  if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum) {
    report(`${path}.minimum`, `minimum ${field.minimum} is greater than maximum ${field.maximum}`);
  }
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
    report(`${path}.minLength`, `minLength ${field.minLength} is greater than maxLength ${field.maxLength}`);
  }
  if (field.pattern !== undefined) {
    if (safeRegExp(field.pattern) === undefined) {
      report(`${path}.pattern`, 'is not a valid regular expression (ECMAScript syntax with the u flag)');
    } else if (field.example === undefined) {
      // Examples are generated from types; only the author knows a string that matches a pattern.
      report(`${path}.example`, 'a field with a pattern needs an example that matches it');
    }
  }
}

function checkFieldValues(field: Field, path: string, report: Report): void {
  if (field.default === null) {
    if (field.required) report(`${path}.default`, 'a required field cannot default to null');
  } else if (field.default !== undefined) {
    const problem = valueProblem(field, field.default);
    if (problem !== undefined)
      report(`${path}.default`, `default ${JSON.stringify(field.default)} ${problem}`);
  }
  if (field.example !== undefined) {
    const problem = valueProblem(field, field.example);
    if (problem !== undefined)
      report(`${path}.example`, `example ${JSON.stringify(field.example)} ${problem}`);
  }
}

function checkRelations(design: ApiDesign, resources: Set<string>, known: string, report: Report): void {
  design.relations.forEach((relation, k) => {
    for (const end of ['from', 'to'] as const) {
      if (!resources.has(relation[end])) {
        report(`relations[${k}].${end}`, `"${relation[end]}" is not a resource; known resources: ${known}`);
      }
    }
    if (relation.kind === 'many-to-many' && relation.field !== undefined) {
      report(`relations[${k}].field`, 'many-to-many relations use a join table and take no field; remove it');
    }
    if (relation.kind !== 'many-to-many' && relation.through !== undefined) {
      report(
        `relations[${k}].through`,
        'only many-to-many relations are stored through a join resource; remove it',
      );
    }
  });
  checkJoins(design, report);
  const seenPairs = new Map<string, number>();
  design.relations.forEach((relation, k) => {
    if (relation.kind !== 'many-to-many') return;
    const key = [relation.from, relation.to].sort().join('\u0000');
    const first = seenPairs.get(key);
    if (first !== undefined)
      report(`relations[${k}]`, `duplicates the many-to-many relation relations[${first}]`);
    else seenPairs.set(key, k);
  });
  checkLinks(design, resources, report);
}

/** The join resource of each many-to-many relation must be a third resource, its own, and nameable. */
function checkJoins(design: ApiDesign, report: Report): void {
  const joins = new Map<string, number>();
  const links = belongsToLinks(design);
  design.relations.forEach((relation, k) => {
    if (!isStoredManyToMany(relation)) return;
    const shape = joinShape(relation);
    const path = `relations[${k}]`;
    if (shape.name.length > 63) {
      report(
        path,
        `its join resource would be named "${shape.name}", longer than 63 characters; set "through" to a shorter name`,
      );
      return;
    }
    if (shape.name === relation.from || shape.name === relation.to) {
      report(
        `${path}.through`,
        `"${shape.name}" is one of the two linked resources; name a third resource that stores the pairs`,
      );
    }
    const first = joins.get(shape.name);
    if (first !== undefined) {
      report(
        `${path}.through`,
        `relations[${first}] already stores its pairs in "${shape.name}"; name another join resource`,
      );
    } else joins.set(shape.name, k);
    const direct = links.find(
      (link) =>
        (link.child === relation.from && link.parent === relation.to) ||
        (link.child === relation.to && link.parent === relation.from),
    );
    if (direct !== undefined) {
      report(
        path,
        `${direct.child} already belongs to ${direct.parent} (${direct.path}), and both links would list under /${direct.parent}/{id}; keep one of them`,
      );
    }
    const join = design.resources.find((r) => r.name === shape.name);
    for (const [field, parent] of [
      [shape.fromField, relation.from],
      [shape.toField, relation.to],
    ] as const) {
      const existing = join?.fields.find((f) => f.name === field);
      if (existing !== undefined && (existing.type !== 'reference' || existing.references !== parent)) {
        report(
          `${path}.through`,
          `the join resource "${shape.name}" has a field "${field}" that is not a reference to ${parent}; rename that field or set "through" to another resource`,
        );
      }
    }
  });
}

function checkLinks(design: ApiDesign, resources: Set<string>, report: Report): void {
  const byPair = new Map<string, { field: string; path: string }>();
  const byChildField = new Map<string, { parent: string; path: string }>();
  for (const link of belongsToLinks(design)) {
    if (!resources.has(link.child) || !resources.has(link.parent)) continue;
    const child = design.resources.find((r) => r.name === link.child)!;
    const existing = child.fields.find((f) => f.name === link.field);
    if (link.fromRelation) {
      const reserved = reservedFieldNames.has(link.field) || reservedIn(link.field).length > 0;
      if (reserved && !isOwnerReference(child, link.field, link.parent)) {
        report(`${link.path}.field`, `"${link.field}" cannot be a field name; use "${link.parent}_id"`);
      } else if (
        existing !== undefined &&
        (existing.type !== 'reference' || existing.references !== link.parent)
      ) {
        report(
          `${link.path}.field`,
          `${link.child}.${link.field} already exists and is not a reference to ${link.parent}; name the foreign key differently`,
        );
      }
    }
    if (link.child === link.parent && link.required) {
      report(
        link.path,
        `a required self-reference on ${link.child} can never be satisfied by the first row; make it optional`,
      );
    }
    const pairKey = `${link.child}\u0000${link.parent}`;
    const pair = byPair.get(pairKey);
    if (pair === undefined) byPair.set(pairKey, { field: link.field, path: link.path });
    else if (pair.field !== link.field) {
      report(
        link.path,
        `${link.child} already belongs to ${link.parent} through ${pair.field} (${pair.path}); only one link per pair is ` +
          `supported because the nested route /${link.parent}/{id}/${link.child} must be unambiguous — make ${link.field} a uuid field instead`,
      );
    }
    const fieldKey = `${link.child}\u0000${link.field}`;
    const sameField = byChildField.get(fieldKey);
    if (sameField === undefined) byChildField.set(fieldKey, { parent: link.parent, path: link.path });
    else if (sameField.parent !== link.parent) {
      report(
        link.path,
        `${link.child}.${link.field} already links to ${sameField.parent} (${sameField.path})`,
      );
    }
  }
}

/** Schema names and operationIds derived from different resources must not collide. */
function checkGeneratedNames(design: ApiDesign, report: Report): void {
  const owners = new Map<string, string>([['Problem', 'the shared error schema']]);
  const claim = (name: string, owner: string, path: string) => {
    const previous = owners.get(name);
    if (previous !== undefined && previous !== owner) {
      report(path, `generates the name "${name}", which ${previous} also uses; rename one of them`);
    } else owners.set(name, owner);
  };
  design.resources.forEach((resource, i) => {
    const names = resourceNames(resource);
    const owner = `resource ${resource.name}`;
    for (const name of [names.schema, names.createSchema, names.updateSchema, names.listSchema]) {
      claim(name, owner, `resources[${i}].name`);
    }
    for (const name of [
      names.listOperation,
      names.createOperation,
      names.getOperation,
      names.updateOperation,
      names.deleteOperation,
    ]) {
      claim(`operation ${name}`, owner, `resources[${i}].name`);
    }
  });
  const byName = new Map(design.resources.map((r) => [r.name, r]));
  design.relations.forEach((relation, k) => {
    if (!isStoredManyToMany(relation)) return;
    const [from, to] = [byName.get(relation.from), byName.get(relation.to)];
    if (from === undefined || to === undefined) return;
    const owner = `the many-to-many route between ${relation.from} and ${relation.to}`;
    claim(`operation ${linkedListOperation(from, to)}`, owner, `relations[${k}]`);
    claim(`operation ${linkedListOperation(to, from)}`, owner, `relations[${k}]`);
  });
  for (const link of belongsToLinks(design)) {
    const parent = byName.get(link.parent);
    const child = byName.get(link.child);
    if (parent === undefined || child === undefined) continue;
    claim(
      `operation ${nestedListOperation(parent, child)}`,
      `the nested route of ${link.child} under ${link.parent}`,
      link.path,
    );
  }
}
