// tsup bundles only code; templates and dependency recipes are read at run time, so they are
// mirrored into dist/ at the same relative place (see src/package-assets.ts).
import { cpSync } from 'node:fs';
import { URL } from 'node:url';

for (const folder of [
  'express/templates',
  'express/deps',
  'fastapi/templates',
  'runtime-image',
  'contract-first/templates',
  'contract-first/probe',
]) {
  cpSync(new URL(`../src/${folder}`, import.meta.url), new URL(`../dist/${folder}`, import.meta.url), {
    recursive: true,
  });
}
