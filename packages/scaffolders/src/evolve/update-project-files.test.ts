import { describe, expect, it } from 'vitest';
import { buildManifest, sha256 } from './forge-folder.js';
import { mergeThreeWays, updateProjectFiles } from './update-project-files.js';

const lines = (...values: string[]) => `${values.join('\n')}\n`;

const previous = {
  'src/app.ts': lines('import a;', 'const port = 3000;', 'start();'),
  'src/routes/pets.ts': lines('one', 'two', 'three', 'four', 'five'),
  'src/old.ts': lines('obsolete'),
  'README.md': lines('# Pets'),
  'src/custom/hooks.ts': lines('export const hooks = {};'),
};

function update(current: Record<string, string>, next: Record<string, string>) {
  return updateProjectFiles({
    manifest: buildManifest(previous),
    previousGenerated: previous,
    current,
    newGenerated: next,
  });
}

describe('updateProjectFiles', () => {
  it('replaces untouched files, adds new ones and removes those no longer generated', () => {
    const next = {
      ...previous,
      'src/app.ts': lines('import a;', 'const port = 8080;', 'start();'),
      'src/new.ts': lines('new'),
    };
    delete (next as Record<string, string>)['src/old.ts'];
    const result = update(previous, next);
    expect(result.write).toEqual({ 'src/app.ts': next['src/app.ts'], 'src/new.ts': next['src/new.ts'] });
    expect(result.remove).toEqual(['src/old.ts']);
    expect(result.conflicts).toEqual([]);
    expect(result.updates).toEqual([
      { path: 'src/app.ts', action: 'replaced' },
      { path: 'src/new.ts', action: 'added' },
      { path: 'src/old.ts', action: 'removed' },
    ]);
    expect(result.manifest).toEqual(buildManifest(next));
    expect(result.manifest.some((entry) => entry.path.startsWith('src/custom/'))).toBe(false);
  });

  it("merges the user's edit and the new version when they touch different lines", () => {
    const current = {
      ...previous,
      'src/routes/pets.ts': lines('one', 'TWO (mine)', 'three', 'four', 'five'),
    };
    const next = {
      ...previous,
      'src/routes/pets.ts': lines('one', 'two', 'three', 'four', 'FIVE (generated)', 'six'),
    };
    const result = update(current, next);
    expect(result.write['src/routes/pets.ts']).toBe(
      lines('one', 'TWO (mine)', 'three', 'four', 'FIVE (generated)', 'six'),
    );
    expect(result.updates).toEqual([{ path: 'src/routes/pets.ts', action: 'merged' }]);
    expect(result.conflicts).toEqual([]);
    // The next update compares against what this version generated, not the merge.
    expect(result.manifest.find((entry) => entry.path === 'src/routes/pets.ts')!.sha256).toBe(
      sha256(next['src/routes/pets.ts']),
    );
  });

  it('writes standard conflict markers and lists the file when both changed the same lines', () => {
    const current = { ...previous, 'src/app.ts': lines('import a;', 'const port = 4000;', 'start();') };
    const next = {
      ...previous,
      'src/app.ts': lines('import a;', 'const port = Number(process.env.PORT);', 'start();'),
    };
    const result = update(current, next);
    expect(result.write['src/app.ts']).toBe(
      lines(
        'import a;',
        '<<<<<<< yours',
        'const port = 4000;',
        '=======',
        'const port = Number(process.env.PORT);',
        '>>>>>>> generated',
        'start();',
      ),
    );
    expect(result.conflicts).toEqual([
      { path: 'src/app.ts', regions: 1, firstLine: 2, reason: 'both-changed' },
    ]);
  });

  it('keeps a file the user edited when the new version did not change it, and one no longer generated', () => {
    const current = {
      ...previous,
      'README.md': lines('# Pets', 'My notes'),
      'src/old.ts': lines('still mine'),
    };
    const next = { ...previous };
    delete (next as Record<string, string>)['src/old.ts'];
    const result = update(current, next);
    expect(result.write).toEqual({});
    expect(result.remove).toEqual([]);
    expect(result.updates).toEqual([
      { path: 'README.md', action: 'kept' },
      { path: 'src/old.ts', action: 'kept' },
    ]);
  });

  it('keeps a deleted file deleted unless the new version changes it, and says so', () => {
    const current: Record<string, string> = { ...previous };
    delete current['README.md'];
    delete current['src/app.ts'];
    const next = { ...previous, 'src/app.ts': lines('import b;') };
    const result = update(current, next);
    expect(result.write).toEqual({ 'src/app.ts': next['src/app.ts'] });
    expect(result.updates).toEqual([
      { path: 'README.md', action: 'kept-deleted' },
      { path: 'src/app.ts', action: 'restored' },
    ]);
  });

  it('never overwrites custom code, and adds its starting point where it is missing', () => {
    const edited = { ...previous, 'src/custom/hooks.ts': lines('export const hooks = { mine: true };') };
    const next = { ...previous, 'src/custom/hooks.ts': lines('export const hooks = { changed: true };') };
    expect(update(edited, next).write).toEqual({});
    const missing: Record<string, string> = { ...previous };
    delete missing['src/custom/hooks.ts'];
    expect(update(missing, next).write).toEqual({ 'src/custom/hooks.ts': next['src/custom/hooks.ts'] });
  });

  it('marks the whole file as a conflict when no common ancestor is known', () => {
    const current = { ...previous, 'src/app.ts': lines('import a;', 'mine();') };
    const next = { ...previous, 'src/app.ts': lines('import a;', 'theirs();') };
    const result = updateProjectFiles({
      manifest: buildManifest(previous),
      previousGenerated: {},
      current,
      newGenerated: next,
    });
    expect(result.conflicts).toEqual([
      { path: 'src/app.ts', regions: 1, firstLine: 1, reason: 'no-common-ancestor' },
    ]);
    // A file the user created where the new version now generates one conflicts the same way.
    const created = update(
      { ...previous, 'src/new.ts': lines('mine') },
      { ...previous, 'src/new.ts': lines('generated') },
    );
    expect(created.conflicts.map((c) => c.path)).toEqual(['src/new.ts']);
  });
});

describe('mergeThreeWays', () => {
  it('keeps a missing final newline when neither side has one', () => {
    expect(mergeThreeWays('a\nb', 'a\nb', 'a\nc').text).toBe('a\nc');
  });
});
