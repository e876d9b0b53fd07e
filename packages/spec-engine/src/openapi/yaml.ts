import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');

let loaded: YamlModule | undefined;

/**
 * The yaml package, required on first use rather than at import: most processes that load
 * spec-engine only plan or validate and never read or write YAML. A synchronous require keeps
 * `toYaml` and the spec readers synchronous. In Node, `import 'yaml'` resolves to the same CommonJS
 * file, so a static import elsewhere shares this instance (and its error classes).
 */
export function yaml(): YamlModule {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return loaded;
}
