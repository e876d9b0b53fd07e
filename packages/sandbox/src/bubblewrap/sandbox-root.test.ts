import { chownSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBubblewrapSandbox, defaultRootDir } from './bubblewrap-sandbox.js';

describe('bubblewrap work folders on a multi-user host', () => {
  it('defaults to a folder of this user’s own in the temp directory', () => {
    expect(defaultRootDir()).toBe(join(tmpdir(), `smartapiforge-sandboxes-${process.getuid!()}`));
  });

  it.runIf(process.getuid?.() === 0)('refuses a work folder another user owns', async () => {
    const foreign = mkdtempSync(join(tmpdir(), 'foreign-root-'));
    chownSync(foreign, 65534, 65534);
    await expect(createBubblewrapSandbox({ rootDir: foreign }).create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      message: expect.stringContaining('belongs to another user'),
    });
  });
});
