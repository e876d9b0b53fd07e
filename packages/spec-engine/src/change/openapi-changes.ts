import type { OpenApiChange, OpenApiChangeImpact, OpenApiChangeKind } from './types.js';

/** Where a contract differ records what it finds. */
export type Report = (
  path: string,
  kind: OpenApiChangeKind,
  impact: OpenApiChangeImpact,
  description: string,
) => void;

/** A JSON pointer segment: `/pets/{id}` → `~1pets~1{id}`. */
export function pointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function pointer(base: string, ...keys: readonly (string | number)[]): string {
  return keys.reduce<string>((path, key) => `${path}/${pointerSegment(String(key))}`, base);
}

/** Collects changes, dropping exact repeats (one schema reached twice through the same path). */
export function collector(): { report: Report; changes: () => OpenApiChange[] } {
  const seen = new Map<string, OpenApiChange>();
  const report: Report = (path, kind, impact, description) => {
    const key = `${path}\u0000${kind}\u0000${description}`;
    if (!seen.has(key)) seen.set(key, { path, kind, breaking: impact === 'breaking', impact, description });
  };
  const byOrder = (a: OpenApiChange, b: OpenApiChange) =>
    compare(a.path, b.path) || compare(a.kind, b.kind) || compare(a.description, b.description);
  return { report, changes: () => [...seen.values()].sort(byOrder) };
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with object keys sorted at every level, for comparing values whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}
