import { badRequest } from '../errors.js';

/** Event ids are PostgreSQL integers. */
export const maxEventId = 2 ** 31 - 1;

/** Deepest nesting a request body may have; an API design is a handful of levels deep. */
export const maxJsonDepth = 64;

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored as PostgreSQL text or jsonb, if it cannot: NUL is not allowed there, and
 * a lone UTF-16 surrogate is not Unicode text at all (JSON.stringify writes it as an escape jsonb rejects).
 */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (loneSurrogate.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

/**
 * Checks a parsed JSON value before anything stores or serialises it: nesting at most `maxDepth`
 * levels and every key and string storable. Iterative, so a body nested 100 000 deep is refused
 * with a 400 instead of overflowing the stack of whatever recursed into it first.
 */
export function checkJsonValue(value: unknown, what: string, maxDepth = maxJsonDepth): void {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: what, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (typeof item.value === 'string') {
      const problem = unstorableText(item.value);
      if (problem) throw badRequest(`${item.path} ${problem}.`, { path: item.path });
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= maxDepth)
      throw badRequest(`${what} is nested too deep: at most ${maxDepth} levels of objects and arrays.`, {
        maxDepth,
      });
    for (const [key, child] of Object.entries(item.value)) {
      const path = Array.isArray(item.value) ? `${item.path}[${key}]` : `${item.path}.${key}`;
      const problem = unstorableText(key);
      if (problem) throw badRequest(`A key in ${item.path} ${problem}.`, { path: item.path });
      pending.push({ value: child, path, depth: item.depth + 1 });
    }
  }
}
