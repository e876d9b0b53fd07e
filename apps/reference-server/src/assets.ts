import { fileURLToPath } from 'node:url';

// This module sits one folder deep both as src/assets.ts and inside the bundled dist/, so the
// package's web/ folder is one level up from either.
export const webDir = fileURLToPath(new URL('../web/', import.meta.url));
