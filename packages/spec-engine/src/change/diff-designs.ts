import type { ApiDesign, Relation, Resource } from '../design/api-design.js';
import { change, typeWords } from './design-change.js';
import { fieldChanges } from './field-changes.js';
import type { DesignChange, DesignDiff, DesignRename, DiffDesignsOptions } from './types.js';

/**
 * Every difference between two designs, in a stable order: resource renames, then each resource of
 * the old design (its removal, or its field renames, field changes and new fields), then new
 * resources, relations, auth, options and wording. A name that vanished is a removal plus an addition
 * unless `renames` says it was renamed, so data is only kept across a rename the user asked for.
 */
export function diffDesigns(
  before: ApiDesign,
  after: ApiDesign,
  options: DiffDesignsOptions = {},
): DesignDiff {
  const renames = options.renames ?? [];
  const resourceRenames = new Map(
    renames.flatMap((r) => (r.kind === 'resource' ? [[r.from, r.to] as const] : [])),
  );
  const newName = (old: string) => resourceRenames.get(old) ?? old;
  const afterByName = new Map(after.resources.map((r) => [r.name, r]));
  const matchedNew = new Set<string>();
  const changes: DesignChange[] = [];

  for (const old of before.resources) {
    const match = afterByName.get(newName(old.name));
    if (match === undefined) continue;
    if (old.name !== match.name || old.plural !== match.plural)
      changes.push(
        change(
          `/resources/${old.name}`,
          false,
          `Resource ${old.name} renamed to ${match.name} (${old.plural} → ${match.plural}).`,
          {
            kind: 'rename-resource',
            from: old.name,
            to: match.name,
            fromPlural: old.plural,
            toPlural: match.plural,
          },
        ),
      );
  }
  for (const old of before.resources) {
    const match = afterByName.get(newName(old.name));
    if (match === undefined) {
      changes.push(
        change(
          `/resources/${old.name}`,
          true,
          `Resource ${old.name} removed: its table and rows are dropped.`,
          {
            kind: 'remove-resource',
            resource: old.name,
            previous: old,
          },
        ),
      );
      continue;
    }
    matchedNew.add(match.name);
    changes.push(...resourceChanges(old, match, renames, newName));
  }
  for (const added of after.resources) {
    if (matchedNew.has(added.name)) continue;
    changes.push(
      change(`/resources/${added.name}`, false, `Resource ${added.name} added (/${added.plural}).`, {
        kind: 'add-resource',
        resource: added.name,
        definition: added,
      }),
    );
  }
  changes.push(...relationChanges(before.relations, after.relations, newName, renames));
  if (before.auth.type !== after.auth.type || before.auth.apiKeyHeader !== after.auth.apiKeyHeader)
    changes.push(
      change(
        '/auth',
        false,
        `Authentication changed from ${authWords(before.auth)} to ${authWords(after.auth)}.`,
        {
          kind: 'change-auth',
          from: before.auth,
          to: after.auth,
        },
      ),
    );
  for (const option of ['pagination', 'maxPageSize', 'advanced'] as const) {
    const [from, to] = [before.options[option], after.options[option]];
    if (from !== to)
      changes.push(
        change(
          `/options/${option}`,
          false,
          `Option ${option} changed from ${String(from)} to ${String(to)}.`,
          {
            kind: 'change-options',
            option,
            from,
            to,
          },
        ),
      );
  }
  for (const key of ['title', 'description'] as const)
    if (before[key] !== after[key]) changes.push(docsChange(`/${key}`, before[key], after[key]));
  return { changes, destructive: changes.some((c) => c.destructive) };
}

function resourceChanges(
  old: Resource,
  now: Resource,
  renames: readonly DesignRename[],
  newName: (old: string) => string,
): DesignChange[] {
  const base = `/resources/${now.name}`;
  const changes: DesignChange[] = [];
  if (old.ownership !== now.ownership)
    changes.push(
      change(
        `${base}/ownership`,
        true,
        now.ownership === 'owner'
          ? `Rows of ${now.name} become owned by their creator; existing rows have no owner.`
          : `Rows of ${now.name} stop being owned; who created each row is forgotten.`,
        { kind: 'change-ownership', resource: now.name, from: old.ownership, to: now.ownership },
      ),
    );
  if (old.description !== now.description)
    changes.push(docsChange(`${base}/description`, old.description, now.description));
  const fieldRenames = new Map(
    renames.flatMap((r) => (r.kind === 'field' && r.resource === now.name ? [[r.from, r.to] as const] : [])),
  );
  const newFields = new Map(now.fields.map((f) => [f.name, f]));
  const matched = new Set<string>();
  for (const field of old.fields) {
    const to = fieldRenames.get(field.name);
    if (to === undefined || !newFields.has(to) || to === field.name) continue;
    changes.push(
      change(
        `${base}/fields/${field.name}`,
        false,
        `Field ${now.name}.${field.name} renamed to ${to}; values kept.`,
        {
          kind: 'rename-field',
          resource: now.name,
          from: field.name,
          to,
        },
      ),
    );
  }
  for (const field of old.fields) {
    const renamed = fieldRenames.get(field.name);
    const match = newFields.get(renamed !== undefined && newFields.has(renamed) ? renamed : field.name);
    if (match === undefined) {
      changes.push(
        change(
          `${base}/fields/${field.name}`,
          true,
          `Field ${now.name}.${field.name} removed: its values are dropped.`,
          {
            kind: 'remove-field',
            resource: now.name,
            field: field.name,
            previous: field,
          },
        ),
      );
      continue;
    }
    matched.add(match.name);
    // A reference to a renamed resource still points at the same rows.
    const references = field.references === undefined ? {} : { references: newName(field.references) };
    changes.push(...fieldChanges(now.name, { ...field, ...references }, match));
  }
  for (const field of now.fields) {
    if (matched.has(field.name)) continue;
    const blocking = field.required && field.default === undefined && !field.readOnly;
    changes.push(
      change(
        `${base}/fields/${field.name}`,
        blocking,
        blocking
          ? `Field ${now.name}.${field.name} added as required without a default: existing rows cannot satisfy it.`
          : `Field ${now.name}.${field.name} added (${typeWords(field)}${field.default !== undefined ? `, default ${JSON.stringify(field.default)}` : ''}).`,
        { kind: 'add-field', resource: now.name, field: field.name, definition: field },
      ),
    );
  }
  return changes;
}

function relationChanges(
  before: readonly Relation[],
  after: readonly Relation[],
  newName: (old: string) => string,
  renames: readonly DesignRename[],
): DesignChange[] {
  const key = (r: Relation) =>
    r.kind === 'many-to-many' ? `${r.from}<->${r.to}` : `${r.from}.${r.field}->${r.to}`;
  // A link whose resources or key were renamed is the same link (normalised links name the child in `from`).
  const newField = (child: string, field: string) =>
    renames.find((x) => x.kind === 'field' && x.resource === child && x.from === field)?.to ?? field;
  const renamed = (r: Relation): Relation => {
    const from = newName(r.from);
    return {
      ...r,
      from,
      to: newName(r.to),
      ...(r.field !== undefined ? { field: newField(from, r.field) } : {}),
    };
  };
  const oldKeys = new Map(before.map((r) => [key(renamed(r)), r]));
  const newKeys = new Map(after.map((r) => [key(r), r]));
  const changes: DesignChange[] = [];
  for (const [k, relation] of oldKeys)
    if (!newKeys.has(k))
      changes.push(
        change(
          `/relations/${k}`,
          relation.kind === 'many-to-many',
          relation.kind === 'many-to-many'
            ? `Link ${relation.from} ↔ ${relation.to} removed: its join table is dropped.`
            : `Link ${relation.from} → ${relation.to} (${relation.field}) removed.`,
          { kind: 'remove-relation', relation },
        ),
      );
  for (const [k, relation] of newKeys)
    if (!oldKeys.has(k))
      changes.push(
        change(
          `/relations/${k}`,
          false,
          relation.kind === 'many-to-many'
            ? `Link ${relation.from} ↔ ${relation.to} added.`
            : `Link ${relation.from} → ${relation.to} (${relation.field}) added.`,
          { kind: 'add-relation', relation },
        ),
      );
  return changes;
}

function docsChange(path: string, from: unknown, to: unknown): DesignChange {
  return change(path, false, `Wording of ${path} changed.`, {
    kind: 'change-docs',
    path,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  });
}

function authWords(auth: ApiDesign['auth']): string {
  if (auth.type === 'api-key') return `an API key (${auth.apiKeyHeader ?? 'X-API-Key'})`;
  return auth.type === 'bearer-jwt' ? 'bearer JWT' : 'none';
}
