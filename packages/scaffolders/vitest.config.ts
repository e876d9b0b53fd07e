import { defineConfig } from 'vitest/config';

// The end-to-end files mostly wait on child processes (tsc, node, pytest, uvicorn) and the network
// loopback, so two files run side by side even on a two-core machine. A unit test that scaffolds pays
// for Prettier's first formatting of a project in that process (about 1.5 s on an idle two-core
// machine, several times that on a busy one), so the default 5 s would fail on load, not on a bug.
export default defineConfig({ test: { maxWorkers: 2, testTimeout: 30_000 } });
