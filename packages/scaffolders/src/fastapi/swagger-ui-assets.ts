import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Generated-project path of the folder `app/docs.py` serves under `/docs/`. */
const targetDir = 'app/static/swagger-ui';
// Only what the page loads, plus the licence and notice Apache-2.0 asks redistributors to keep.
const files = ['swagger-ui.css', 'swagger-ui-bundle.js', 'LICENSE', 'NOTICE'];

let assets: { version: string; files: Record<string, string> } | undefined;

/**
 * Swagger UI's files from the swagger-ui-dist version this package pins, keyed by their path in the
 * generated project. Bundled rather than fetched from a CDN, so /docs works offline and in sandboxes.
 */
export function swaggerUiAssets(): { version: string; files: Record<string, string> } {
  if (assets) return assets;
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  assets = {
    version,
    files: Object.fromEntries(
      files.map((file) => [`${targetDir}/${file}`, readFileSync(path.join(root, file), 'utf8')]),
    ),
  };
  return assets;
}
