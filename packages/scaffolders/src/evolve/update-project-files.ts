import { diff3Merge } from 'node-diff3';
import { isCustomCode } from './custom-code.js';
import { buildManifest, sha256, type ManifestEntry } from './forge-folder.js';

export interface UpdateProjectFilesInput {
  /** The manifest of the files generated last time (`.forge/manifest.json`). */
  readonly manifest: readonly ManifestEntry[];
  /**
   * What the last generation wrote, by path: typically regenerated from `.forge/design.json`. A file
   * whose hash differs from the manifest's (another generator version made it) is not used as the
   * common ancestor; an edited file without one comes out as a whole-file conflict.
   */
  readonly previousGenerated: Readonly<Record<string, string>>;
  /** The project's files on disk now, by path; a generated file the user deleted is simply absent. */
  readonly current: Readonly<Record<string, string>>;
  /** The files generated from the new design. */
  readonly newGenerated: Readonly<Record<string, string>>;
}

/**
 * What happened to one file: `replaced` (untouched, now the new version), `merged` (the user's edits
 * and the new version combined cleanly), `conflict` (written with conflict markers), `added` (new in
 * this version), `restored` (the user deleted it, but the new version changes it, so it is back),
 * `kept-deleted` (the user deleted it and the new version is the same), `kept` (the user's edited file
 * stays as it is: the new version did not change it, or no longer generates it), `removed` (no longer
 * generated, and the user never touched it).
 */
export type FileUpdateAction =
  'replaced' | 'merged' | 'conflict' | 'added' | 'restored' | 'kept-deleted' | 'kept' | 'removed';

export interface FileUpdate {
  readonly path: string;
  readonly action: FileUpdateAction;
}

export interface FileConflict {
  readonly path: string;
  /** How many conflicting regions the file holds, each between `<<<<<<<` and `>>>>>>>` lines. */
  readonly regions: number;
  /** 1-based line of the first `<<<<<<<` marker. */
  readonly firstLine: number;
  /** Why it conflicts: both sides changed the same lines, or no common ancestor was known. */
  readonly reason: 'both-changed' | 'no-common-ancestor';
}

export interface UpdateProjectFilesResult {
  /** Files to write, by path (new versions, merges, and conflicts with their markers). */
  readonly write: Readonly<Record<string, string>>;
  /** Files to delete: generated before, no longer generated, never edited. */
  readonly remove: readonly string[];
  readonly conflicts: readonly FileConflict[];
  /** Every file whose fate is worth reporting, sorted by path; files already up to date are left out. */
  readonly updates: readonly FileUpdate[];
  /**
   * The manifest to store next: the hashes of the new generated files, so the next update compares
   * against what this version generated (a merged file counts as edited, as it is).
   */
  readonly manifest: readonly ManifestEntry[];
}

export const conflictLabels = { current: 'yours', generated: 'generated' } as const;

/**
 * Brings a project's files to a new generated version without losing the user's edits: untouched
 * files (hash equal to the manifest's) are replaced, edited ones merged three ways (last generated,
 * yours, new generated) with diff3, and overlapping edits written with standard conflict markers and
 * listed. Custom code is only ever added where it is missing. Pure: the caller writes the result.
 */
export function updateProjectFiles(input: UpdateProjectFilesInput): UpdateProjectFilesResult {
  const hashes = new Map(input.manifest.map((entry) => [entry.path, entry.sha256]));
  const write: Record<string, string> = {};
  const remove: string[] = [];
  const conflicts: FileConflict[] = [];
  const updates: FileUpdate[] = [];
  const note = (path: string, action: FileUpdateAction) => {
    updates.push({ path, action });
  };
  const put = (path: string, content: string, action: FileUpdateAction) => {
    write[path] = content;
    note(path, action);
  };
  const paths = [...new Set([...hashes.keys(), ...Object.keys(input.newGenerated)])].sort();
  for (const path of paths) {
    const current = own(input.current, path);
    const next = own(input.newGenerated, path);
    const recorded = hashes.get(path);
    if (isCustomCode(path)) {
      // The user's own code: only a missing starting point is written (the app imports it).
      if (next !== undefined && current === undefined) put(path, next, 'added');
      continue;
    }
    if (next === undefined) {
      if (current === undefined) continue;
      if (recorded !== undefined && sha256(current) === recorded) {
        remove.push(path);
        note(path, 'removed');
      } else note(path, 'kept');
      continue;
    }
    if (current === next) continue;
    if (recorded === undefined) {
      if (current === undefined) put(path, next, 'added');
      else conflict(path, current, undefined, next);
      continue;
    }
    if (current === undefined) {
      if (sha256(next) === recorded) note(path, 'kept-deleted');
      else put(path, next, 'restored');
      continue;
    }
    if (sha256(current) === recorded) {
      put(path, next, 'replaced');
      continue;
    }
    if (sha256(next) === recorded) {
      note(path, 'kept');
      continue;
    }
    const base = own(input.previousGenerated, path);
    conflict(path, current, base !== undefined && sha256(base) === recorded ? base : undefined, next);
  }
  return { write, remove, conflicts, updates, manifest: buildManifest(input.newGenerated) };

  function conflict(path: string, current: string, base: string | undefined, next: string): void {
    const merged = mergeThreeWays(current, base ?? '', next);
    put(path, merged.text, merged.regions === 0 ? 'merged' : 'conflict');
    if (merged.regions === 0) return;
    conflicts.push({
      path,
      regions: merged.regions,
      firstLine: merged.firstLine,
      reason: base === undefined ? 'no-common-ancestor' : 'both-changed',
    });
  }
}

interface MergedText {
  readonly text: string;
  readonly regions: number;
  readonly firstLine: number;
}

/** A line-based diff3 merge of `current` and `next` from `base`, conflicts marked as git marks them. */
export function mergeThreeWays(current: string, base: string, next: string): MergedText {
  const lines: string[] = [];
  let regions = 0;
  let firstLine = 0;
  const [a, o, b] = [current, base, next].map(splitLines) as [string[], string[], string[]];
  for (const region of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (region.ok) lines.push(...region.ok);
    else if (region.conflict) {
      regions += 1;
      if (firstLine === 0) firstLine = lines.length + 1;
      lines.push(
        `<<<<<<< ${conflictLabels.current}`,
        ...region.conflict.a,
        '=======',
        ...region.conflict.b,
        `>>>>>>> ${conflictLabels.generated}`,
      );
    }
  }
  return { text: joinLines(lines, [current, next]), regions, firstLine };
}

// Lines without their terminators; whether the text ended with one is restored by joinLines.
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function joinLines(lines: readonly string[], sides: readonly string[]): string {
  if (lines.length === 0) return '';
  return `${lines.join('\n')}${sides.some((side) => side.endsWith('\n')) ? '\n' : ''}`;
}

function own(files: Readonly<Record<string, string>>, path: string): string | undefined {
  return Object.hasOwn(files, path) ? files[path] : undefined;
}
