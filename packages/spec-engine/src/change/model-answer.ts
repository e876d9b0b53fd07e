import type { ApiDesign, Field, Resource } from '../design/api-design.js';
import { foreignKeyName } from '../design/naming.js';
import type { Assumption } from '../planners/planner.js';
import type { DesignRename } from './types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Model text shown to users: one line, no control or direction characters, bounded. */
function clean(value: unknown, max: number): string {
  return typeof value === 'string'
    ? value
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]+/g, ' ')
        .trim()
        .slice(0, max)
    : '';
}

/** Splits a model's answer into the design and what it says about it (assumptions, renames). */
export function splitAnswer(answer: unknown): {
  design: unknown;
  assumptions: Assumption[];
  renames: DesignRename[];
} {
  if (!isObject(answer)) return { design: answer, assumptions: [], renames: [] };
  const { assumptions: rawAssumptions, renames: rawRenames, ...design } = answer;
  const assumptions = (Array.isArray(rawAssumptions) ? rawAssumptions : [])
    .slice(0, 50)
    .filter(isObject)
    .map((a) => ({ path: clean(a['path'], 120), text: clean(a['text'], 300) }))
    .filter((a) => a.text !== '');
  const renames: DesignRename[] = [];
  for (const raw of (Array.isArray(rawRenames) ? rawRenames : []).slice(0, 100)) {
    if (!isObject(raw) || typeof raw['from'] !== 'string' || typeof raw['to'] !== 'string') continue;
    if (raw['kind'] === 'resource') renames.push({ kind: 'resource', from: raw['from'], to: raw['to'] });
    else if (raw['kind'] === 'field' && typeof raw['resource'] === 'string')
      renames.push({ kind: 'field', resource: raw['resource'], from: raw['from'], to: raw['to'] });
  }
  return { design, assumptions, renames };
}

/**
 * Keeps the renames that name a real before and after (the old name gone, the new one new); a model
 * that names anything else is noted and ignored, so a drop is never mistaken for a rename.
 */
export function checkRenames(
  before: ApiDesign,
  after: ApiDesign,
  renames: readonly DesignRename[],
  assumptions: Assumption[],
): DesignRename[] {
  const has = (design: ApiDesign, name: string) => design.resources.some((r) => r.name === name);
  const resourceRenames = renames.filter(
    (r) =>
      r.kind === 'resource' &&
      has(before, r.from) &&
      has(after, r.to) &&
      !has(after, r.from) &&
      !has(before, r.to),
  );
  const oldNameOf = (name: string) => resourceRenames.find((r) => r.to === name)?.from ?? name;
  const fieldIn = (design: ApiDesign, resource: string, field: string) =>
    design.resources.find((r) => r.name === resource)?.fields.some((f) => f.name === field) ?? false;
  const kept = renames.filter((r) => {
    if (r.kind === 'resource') return resourceRenames.includes(r);
    const old = oldNameOf(r.resource);
    return (
      fieldIn(before, old, r.from) &&
      fieldIn(after, r.resource, r.to) &&
      !fieldIn(after, r.resource, r.from) &&
      !fieldIn(before, old, r.to)
    );
  });
  for (const rename of renames)
    if (!kept.includes(rename))
      assumptions.push({
        path: rename.kind === 'field' ? `${rename.resource}.${rename.to}` : rename.to,
        text: `ignored the model's rename of ${rename.from} to ${rename.to}: the designs do not show it`,
      });
  return [...kept, ...followingKeys(before, after, resourceRenames, kept, assumptions)];
}

/**
 * A stated resource rename carries the keys named after it (owner → person: owner_id → person_id)
 * where the designs show exactly that, so a model need not list them to keep their values.
 */
function followingKeys(
  before: ApiDesign,
  after: ApiDesign,
  resourceRenames: readonly DesignRename[],
  kept: readonly DesignRename[],
  assumptions: Assumption[],
): DesignRename[] {
  const implied: DesignRename[] = [];
  for (const { from, to } of resourceRenames) {
    const [oldKey, newKey] = [foreignKeyName(from), foreignKeyName(to)];
    for (const child of after.resources) {
      const oldChild = before.resources.find(
        (r) => r.name === (resourceRenames.find((x) => x.to === child.name)?.from ?? child.name),
      );
      const moved =
        oldChild?.fields.some((f) => f.name === oldKey) === true &&
        !child.fields.some((f) => f.name === oldKey) &&
        child.fields.some((f) => f.name === newKey && f.references === to) &&
        !oldChild.fields.some((f) => f.name === newKey);
      const stated = kept.some((r) => r.kind === 'field' && r.resource === child.name && r.from === oldKey);
      if (!moved || stated) continue;
      implied.push({ kind: 'field', resource: child.name, from: oldKey, to: newKey });
      assumptions.push({
        path: `${child.name}.${newKey}`,
        text: `${oldKey} follows the rename of ${from} to ${to} as ${newKey}, keeping its values`,
      });
    }
  }
  return implied;
}

/**
 * Puts back the wording the model may not write (titles, descriptions, examples, patterns, text
 * defaults are dropped from model answers for safety): what is unchanged keeps the current design's
 * words, so the diff shows only what the request changed.
 */
export function keepCurrentWording(
  current: ApiDesign,
  answer: unknown,
  renames: readonly DesignRename[],
): unknown {
  if (!isObject(answer)) return answer;
  const design: Json = { ...answer, title: current.title, description: current.description };
  if (!Array.isArray(design['resources'])) return design;
  design['resources'] = design['resources'].map((raw: unknown) => {
    if (!isObject(raw) || typeof raw['name'] !== 'string') return raw;
    const oldName = renames.find((r) => r.kind === 'resource' && r.to === raw['name'])?.from ?? raw['name'];
    const old = current.resources.find((r) => r.name === oldName);
    if (old === undefined) return raw;
    const resource: Json = {
      ...raw,
      ...(old.description !== undefined ? { description: old.description } : {}),
    };
    if (Array.isArray(raw['fields']))
      resource['fields'] = raw['fields'].map((f: unknown) =>
        withOldWording(f, old, raw['name'] as string, renames),
      );
    return resource;
  });
  return design;
}

function withOldWording(
  raw: unknown,
  old: Resource,
  resource: string,
  renames: readonly DesignRename[],
): unknown {
  if (!isObject(raw) || typeof raw['name'] !== 'string') return raw;
  const oldName =
    renames.find((r) => r.kind === 'field' && r.resource === resource && r.to === raw['name'])?.from ??
    raw['name'];
  const before: Field | undefined = old.fields.find((f) => f.name === oldName);
  if (before === undefined || before.type !== raw['type']) return raw;
  const field: Json = { ...raw };
  for (const key of ['description', 'example', 'pattern'] as const)
    if (before[key] !== undefined && field[key] === undefined) field[key] = before[key];
  // Enum defaults survive the model's answer, so only the text defaults it could not keep come back.
  const textDefault =
    typeof before.default === 'string' || isObject(before.default) || Array.isArray(before.default);
  if (before.type !== 'enum' && textDefault && field['default'] === undefined)
    field['default'] = before.default;
  return field;
}
