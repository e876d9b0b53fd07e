import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  planMigration,
  scaffoldProject,
  updateProjectFiles,
  type ForgeState,
  type GeneratedProject,
  type MigrationPlan,
  type UpdateProjectFilesResult,
} from '@smartapiforge/scaffolders';
import { toYaml, type ApiDesign, type DesignRename } from '@smartapiforge/spec-engine';
import { writeProjectFiles } from '../output-dir.js';
import { runStage, type StageContext } from '../run-stage.js';
import { forgeFiles, isMigrationFile } from './forge-record.js';

/** The migrate stage: the next numbered migration from the recorded design to the new one. */
export async function planProjectMigration(
  ctx: StageContext,
  state: ForgeState,
  design: ApiDesign,
  renames: readonly DesignRename[],
  allowDestructive: boolean,
): Promise<MigrationPlan> {
  const migration = await runStage(ctx, 'migrate', () =>
    planMigration(state.design, design, {
      stack: state.stack,
      existingMigrations: state.manifest.map((entry) => entry.path).filter(isMigrationFile),
      renames,
      allowDestructive,
    }),
  );
  ctx.emit({
    type: 'migration',
    ...(migration.files[0] ? { file: migration.files[0].path } : {}),
    steps: migration.steps,
    destructive: migration.destructive,
  });
  return migration;
}

/**
 * A generated project's files without its migrations: a design renders its whole schema as the first
 * migration, but a project that already has databases keeps the migrations they applied and only
 * ever adds the next one.
 */
function withoutMigrations(files: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([file]) => !isMigrationFile(file)));
}

/** The project's files on disk that a merge looks at, by path; missing ones are left out. */
async function readCurrent(projectDir: string, paths: Iterable<string>): Promise<Record<string, string>> {
  const current: Record<string, string> = {};
  for (const file of paths) {
    const content = await readFile(path.join(projectDir, file), 'utf8').catch(() => undefined);
    if (content !== undefined) current[file] = content;
  }
  return current;
}

export interface MergedProject {
  /** The new version as generated (its commands and dependency recipe run the project). */
  readonly project: GeneratedProject;
  readonly merge: UpdateProjectFilesResult;
  /** The whole project as it now is on disk (what tests and deploys run). */
  readonly files: Record<string, string>;
}

/**
 * The scaffold and merge stages: the new version's files, and the user's project brought to it —
 * untouched files replaced, edited ones merged three ways (last generated, yours, new), the recorded
 * migrations kept and the new one added.
 */
export async function mergeProject(
  ctx: StageContext,
  projectDir: string,
  state: ForgeState,
  next: { readonly design: ApiDesign; readonly openapi: Record<string, unknown>; readonly yaml: string },
  migration: MigrationPlan,
): Promise<MergedProject> {
  const { project, previousGenerated, newGenerated } = await runStage(ctx, 'scaffold', () => {
    const project = scaffoldProject(state.stack, next.design, next.openapi);
    const previous = state.openapi as Record<string, unknown>;
    return {
      project,
      previousGenerated: withoutMigrations({
        ...scaffoldProject(state.stack, state.design, previous).files,
        'openapi.yaml': toYaml(previous),
      }),
      newGenerated: withoutMigrations({ ...project.files, 'openapi.yaml': next.yaml }),
    };
  });
  const listed = state.manifest.map((entry) => entry.path);
  const current = await readCurrent(projectDir, new Set([...listed, ...Object.keys(newGenerated)]));
  const migrations = Object.fromEntries(
    Object.entries(current).filter(([file]) => isMigrationFile(file) && listed.includes(file)),
  );
  const merge = await runStage(ctx, 'merge', () =>
    updateProjectFiles({
      manifest: state.manifest,
      previousGenerated: { ...previousGenerated, ...migrations },
      current,
      newGenerated: {
        ...newGenerated,
        ...migrations,
        ...Object.fromEntries(migration.files.map((file) => [file.path, file.contents])),
      },
    }),
  );
  ctx.emit({ type: 'merged', updates: merge.updates, conflicts: merge.conflicts });
  const files = { ...current, ...merge.write };
  for (const file of merge.remove) delete files[file];
  return { project, merge, files };
}

/**
 * The write stage: the merged files and removals on disk, then (only without conflicts) the new
 * `.forge/` record, so that a change stopped by conflicts can be run again once they are resolved.
 */
export async function writeMergedProject(
  ctx: StageContext,
  projectDir: string,
  state: ForgeState,
  next: { readonly design: ApiDesign; readonly openapi: Record<string, unknown> },
  merged: MergedProject,
): Promise<void> {
  await runStage(ctx, 'write', async () => {
    await writeProjectFiles(projectDir, merged.merge.write);
    for (const file of merged.merge.remove) await rm(path.join(projectDir, file), { force: true });
    if (merged.merge.conflicts.length > 0) return;
    // The manifest holds the generated hashes, so a merged file counts as edited, as it is.
    await writeProjectFiles(
      projectDir,
      forgeFiles(state.stack, next.design, next.openapi, merged.files, merged.merge.manifest),
    );
  });
}
