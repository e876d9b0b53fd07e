import { createHash } from 'node:crypto';

/**
 * Remembers what a formatter made of a file. Most generated files (configuration, HTTP helpers,
 * runtime modules) are the same in every project, so formatting each once per process keeps repeated
 * scaffolding cheap. Bounded, so a long-lived server does not grow without end.
 */
export function formatCache(limit = 4096): (key: unknown, format: () => string) => string {
  const cache = new Map<string, string>();
  return (key, format) => {
    const digest = createHash('sha256').update(JSON.stringify(key)).digest('hex');
    let result = cache.get(digest);
    if (result === undefined) {
      result = format();
      if (cache.size >= limit) cache.clear();
      cache.set(digest, result);
    }
    return result;
  };
}
