import { defineConfig } from 'vitest/config';

// The suites mostly wait on sandboxes (boots, sleeps, polling), not on the CPU, so files run side by
// side even on a two-core machine.
export default defineConfig({ test: { maxWorkers: 2 } });
