// Seeds the Prettier format cache shipped in dist/ (see src/format/format-seed.ts): every fixture
// design is scaffolded once and what two or more of them formatted alike is kept, so that a process's
// first Express scaffold formats only the files its own design changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { fixtureDesigns } from '@smartapiforge/spec-engine/testing';
import {
  prettierSeedFrom,
  prettierSeedPath,
  recordPrettierFormatting,
  scaffoldExpress,
} from '../dist/index.js';

const runs = Object.values(fixtureDesigns).map((input) => {
  const design = parseDesign(input);
  const openapi = compileOpenApi(design);
  return recordPrettierFormatting(() => scaffoldExpress(design, openapi));
});
const seed = prettierSeedFrom(runs);
mkdirSync(path.dirname(prettierSeedPath), { recursive: true });
writeFileSync(prettierSeedPath, `${JSON.stringify(seed)}\n`);
console.log(
  `format seed: ${Object.keys(seed.entries).length} files shared by the ${runs.length} fixture designs`,
);
// Prettier's worker thread would keep the process alive.
process.exit(0);
