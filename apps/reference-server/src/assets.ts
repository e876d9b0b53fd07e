import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This module sits one folder deep both as src/assets.ts and inside the bundled dist/, so the
// package's web/ folder is one level up from either.
export const webDir = fileURLToPath(new URL('../web/', import.meta.url));

/** supabase-js's browser (UMD) bundle from the installed package: the page loads it from us, not a CDN. */
export const supabaseBrowserBundle = path.parse(
  createRequire(import.meta.url).resolve('@supabase/supabase-js/dist/umd/supabase.js'),
);
