import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runtimeDefinition, runtimeNames } from './runtime-catalog.js';

const runtimes = new URL('../../runtimes/', import.meta.url);
const scaffolders = new URL('../../../scaffolders/src/', import.meta.url);
const read = (base: URL, path: string) => readFileSync(new URL(path, base), 'utf8');

/** The apt packages a Dockerfile installs, or the debootstrap script's `packages=(...)` list. */
function packageList(text: string, pattern: RegExp): string[] {
  const block = pattern.exec(text)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*/, '').replace(/\\$/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter((word) => /^[a-z0-9][a-z0-9.+-]+$/.test(word))
    .sort();
}

describe('runtime definitions ship the same pinned dependency set as the local runtimes', () => {
  it('node20-express installs the dependency cache recipe byte for byte', () => {
    for (const file of ['package.json', 'package-lock.json', 'prepare.mjs']) {
      expect(read(runtimes, `node20-express/${file}`), file).toBe(read(scaffolders, `express/deps/${file}`));
    }
  });

  it('python-fastapi installs the runtime image package list', () => {
    const local = packageList(
      read(scaffolders, 'runtime-image/build-python-fastapi.sh'),
      /^packages=\(\n([\s\S]*?)\n\)/m,
    );
    expect(local.length).toBeGreaterThan(5);
    for (const file of ['e2b.Dockerfile', 'Dockerfile']) {
      const installed = packageList(
        read(runtimes, `python-fastapi/${file}`),
        /apt-get install -y --no-install-recommends \\\n([\s\S]*?)\n {2}&&/,
      );
      expect(installed, file).toEqual(local);
    }
  });

  it('every runtime has an E2B template and an image definition named as the catalog says', () => {
    for (const name of runtimeNames) {
      const definition = runtimeDefinition(name)!;
      expect(read(runtimes, `${name}/e2b.toml`)).toContain(`template_name = "${definition.e2bTemplate}"`);
      expect(read(runtimes, `${name}/Dockerfile`)).toContain(definition.image.split(':')[0]);
      expect(read(runtimes, `${name}/e2b.Dockerfile`)).toMatch(/^FROM /m);
    }
  });
});
