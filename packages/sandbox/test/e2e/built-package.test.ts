import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The agent ships as a separate file beside the bundle; this catches a build that forgot to copy it.
const entry = new URL('../../dist/index.js', import.meta.url);

describe.skipIf(!existsSync(entry))('built package', () => {
  it('runs a command in a bubblewrap sandbox from dist/', async () => {
    const { createBubblewrapSandbox } = (await import(entry.href)) as typeof import('../../src/index.js');
    const sandbox = await createBubblewrapSandbox().create();
    try {
      expect((await sandbox.exec('echo', ['from dist'])).stdout).toBe('from dist\n');
    } finally {
      await sandbox.destroy();
    }
  });
});
