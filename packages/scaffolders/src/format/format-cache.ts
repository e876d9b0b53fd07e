import { createHash } from 'node:crypto';

/** What identifies one formatting: everything the formatter's output depends on, hashed. */
export function formatKey(key: unknown): string {
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}

/**
 * Remembers what a formatter made of a file. Most generated files (configuration, HTTP helpers,
 * runtime modules) are the same in every project, so formatting each once per process keeps repeated
 * scaffolding cheap. Bounded, so a long-lived server does not grow without end. `seed`, read on the
 * first lookup, holds results made before this process started (see format-seed.ts): a hit there is
 * byte for byte what formatting would give, since the key covers all the formatter reads.
 */
export function formatCache(
  limit = 4096,
  seed: () => ReadonlyMap<string, string> = () => new Map(),
): (key: unknown, format: () => string) => string {
  const cache = new Map<string, string>();
  let seeded: ReadonlyMap<string, string> | undefined;
  return (key, format) => {
    const digest = formatKey(key);
    seeded ??= seed();
    let result = cache.get(digest) ?? seeded.get(digest);
    if (result === undefined) {
      result = format();
      if (cache.size >= limit) cache.clear();
      cache.set(digest, result);
    }
    return result;
  };
}
