import { createHash } from 'node:crypto';

// PostgreSQL silently truncates identifiers past 63 bytes, which could make two derived names collide.
const maxIdentifierLength = 63;

/**
 * Double-quoted identifier. Design identifiers are already lower snake_case (checked by
 * `assertSafeNames`), so quoting only protects reserved words such as `order` or `user`.
 */
export function quoteIdent(name: string): string {
  return `"${name}"`;
}

/** A constraint or index name made of `parts`, shortened with a hash suffix when PostgreSQL would truncate it. */
export function constraintName(...parts: string[]): string {
  const full = parts.join('_');
  if (full.length <= maxIdentifierLength) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${full.slice(0, maxIdentifierLength - hash.length - 1)}_${hash}`;
}

/** A single-quoted SQL string literal. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
