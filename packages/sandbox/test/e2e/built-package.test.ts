import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

  // bwrap opens bind sources as the sandbox user, who cannot enter a folder like /root or a 0700 checkout.
  it.skipIf(process.getuid?.() !== 0)('runs from a folder only its owner can enter', async () => {
    const packageDir = fileURLToPath(new URL('../../', import.meta.url));
    const privateDir = await mkdtemp(path.join(tmpdir(), 'forge-private-'));
    try {
      await chmod(privateDir, 0o700);
      await cp(path.join(packageDir, 'dist'), path.join(privateDir, 'dist'), { recursive: true });
      await symlink(path.join(packageDir, 'node_modules'), path.join(privateDir, 'node_modules'), 'dir');
      const copy = path.join(privateDir, 'dist', 'index.js');
      const { createBubblewrapSandbox } = (await import(copy)) as typeof import('../../src/index.js');
      const sandbox = await createBubblewrapSandbox().create();
      try {
        expect((await sandbox.exec('echo', ['from a private folder'])).stdout).toBe(
          'from a private folder\n',
        );
      } finally {
        await sandbox.destroy();
      }
    } finally {
      await rm(privateDir, { recursive: true, force: true });
    }
  });
});
