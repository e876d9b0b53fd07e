import { defineConfig } from 'vitest/config';

// The end-to-end files mostly wait on child processes (tsc, node, pytest, uvicorn) and the network
// loopback, so two files run side by side even on a two-core machine.
export default defineConfig({ test: { maxWorkers: 2 } });
