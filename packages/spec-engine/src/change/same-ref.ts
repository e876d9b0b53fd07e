import { isObject } from '../import/document-refs.js';
import { stableJson } from './openapi-changes.js';

export interface RefContext {
  readonly resolveOld: (value: unknown) => unknown;
  readonly resolveNew: (value: unknown) => unknown;
  /** Answers already known, per `$ref`, for this pair of documents. */
  readonly sameRefs: Map<string, boolean>;
}

/**
 * Whether a local `$ref` names the same schema in both documents, down through the refs it holds:
 * then nothing under it can differ and the walk skips it (most of a generated contract is shared
 * component schemas). A ref met again inside its own walk is assumed the same; such provisional
 * answers are not remembered, only final ones.
 */
export function sameRefTarget(ref: string, context: RefContext, pending: Set<string> = new Set()): boolean {
  const known = context.sameRefs.get(ref);
  if (known !== undefined) return known;
  if (pending.has(ref)) return true;
  pending.add(ref);
  const before = context.resolveOld({ $ref: ref });
  const after = context.resolveNew({ $ref: ref });
  const same =
    before !== undefined &&
    stableJson(before) === stableJson(after) &&
    refsIn(before).every((inner) => sameRefTarget(inner, context, pending));
  pending.delete(ref);
  if (pending.size === 0 || !same) context.sameRefs.set(ref, same);
  return same;
}

function refsIn(value: unknown, found: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (isObject(value))
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.add(inner);
      else refsIn(inner, found);
    }
  return [...found];
}
