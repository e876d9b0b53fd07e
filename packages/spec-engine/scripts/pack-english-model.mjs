// Build step (run by `pnpm build` after tsup): writes dist/english-model.pack, the English model the
// embedded planner reads at its first plan, made from the installed wink-eng-lite-web-model by the
// bundled packer (src/planners/embedded/english-model-pack.ts). Without it the planner makes the
// same pack in memory on every cold start.
import { writeFileSync } from 'node:fs';
import { packInstalledModel } from '../dist/planners/embedded/english-model-pack.js';

writeFileSync(new URL('../dist/english-model.pack', import.meta.url), packInstalledModel());
