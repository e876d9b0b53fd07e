import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from './project-files.js';

describe('readProjectFiles', () => {
  it('reads nested files but not node_modules, dist, .git or symbolic links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'project-files-'));
    for (const folder of ['src/routes', 'node_modules/x', 'dist', '.git'])
      await mkdir(join(dir, folder), { recursive: true });
    await writeFile(join(dir, 'package.json'), '{}');
    await writeFile(join(dir, 'src/routes/users.ts'), 'export {}');
    for (const skipped of ['node_modules/x/index.js', 'dist/index.js', '.git/HEAD'])
      await writeFile(join(dir, skipped), '');
    await symlink('/etc/hostname', join(dir, 'leak.txt'));
    const files = await readProjectFiles(dir);
    expect(Object.keys(files).sort()).toEqual(['package.json', 'src/routes/users.ts']);
    expect(Buffer.from(files['src/routes/users.ts']!).toString()).toBe('export {}');
  });
});
