import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The folder every prepared runtime lives under (the dependency cache, runtime images). Defaults to
 * $SMARTAPIFORGE_CACHE_DIR, else /var/cache/smartapiforge for root — root's home is private, but
 * sandboxes run as nobody and must read it — else $XDG_CACHE_HOME (or ~/.cache)/smartapiforge. The
 * image build script applies the same rule.
 */
export function resolveCacheRoot(cacheDir?: string): string {
  if (cacheDir) return path.resolve(cacheDir);
  if (process.env.SMARTAPIFORGE_CACHE_DIR) return path.resolve(process.env.SMARTAPIFORGE_CACHE_DIR);
  if (process.getuid?.() === 0) return '/var/cache/smartapiforge';
  return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'smartapiforge');
}
