import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const published = ['errors', 'spec-engine', 'scaffolders', 'sandbox', 'deployers', 'sdk'];

/** The README's SDK example: the first TypeScript block that calls createForge(). */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .find((code) => code.includes('createForge()') && code.includes('.generate('));
  if (!block) throw new Error('README.md has no createForge().generate() example');
  return block;
}

describe('the packed packages install like published ones', { timeout: 900_000 }, () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("packs every package, installs the tarballs with npm outside the workspace, and runs the README's example", async () => {
    const tarballs = await mkdtemp(path.join(tmpdir(), 'forge-tarballs-'));
    const app = await mkdtemp(path.join(tmpdir(), 'forge-packed-app-'));
    dirs.push(tarballs, app);
    // Sandboxes run as nobody when this runs as root: the project folder must be traversable.
    await chmod(app, 0o755);
    for (const name of published) {
      // pnpm pack runs each package's prepack build and turns workspace: ranges into versions.
      await run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: path.join(root, 'packages', name) });
    }
    const packed = (await readdir(tarballs)).filter((file) => file.endsWith('.tgz'));
    expect(packed).toHaveLength(published.length);
    await writeFile(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'packed-consumer', private: true, type: 'module' }),
    );
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', ...packed.map((file) => path.join(tarballs, file))],
      { cwd: app },
    );
    // No workspace link survived the packing: every @smartapiforge dependency is an installed tarball.
    const sdkManifest = JSON.parse(
      await readFile(path.join(app, 'node_modules/@smartapiforge/sdk/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    expect(Object.values(sdkManifest.dependencies).join(' ')).not.toContain('workspace:');

    await writeFile(path.join(app, 'index.mjs'), await readmeExample());
    const { stdout } = await run('node', ['index.mjs'], { cwd: app, timeout: 600_000 });
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining(['planned', 'spec', 'scaffolded', 'test:result', 'deployed']),
    );
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+ http:\/\/127\.0\.0\.1:\d+\/docs \S*openapi\.yaml/m);
  });
});
