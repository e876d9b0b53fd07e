import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ForgeError } from '@smartapiforge/errors';
import { changeStages, type ChangeResult, type Forge, type ForgeEvent } from '@smartapiforge/sdk';
import { NonRetriableError } from 'inngest';
import type { ChangeJobInput, Project, ProjectDeployment, VersionDiff } from '../store/store.js';
import { readProjectFiles, type StepDefinition } from './generate-api.js';

/** What the change step saves on the job row: everything the save step records, and the preview. */
export interface ChangeOutput {
  readonly previousVersion: string;
  readonly version: string;
  readonly design: unknown;
  readonly openapi: Record<string, unknown>;
  readonly diff: VersionDiff;
  readonly migration: ChangeResult['migration'] | null;
  readonly files: Record<string, string>;
  readonly deployment: ProjectDeployment | null;
  readonly test: Omit<NonNullable<ChangeResult['test']>, 'output'> | null;
}

/** The contract diff as versions record it: path, kind, whether it breaks clients, and in words. */
export const versionDiff = (diff: ChangeResult['diff']): VersionDiff => ({
  breaking: diff.breaking,
  changes: diff.changes.map(({ path: at, kind, breaking, description }) => ({
    path: at,
    kind,
    breaking,
    description,
  })),
});

/**
 * Writes the project's saved files (`.forge/` included) into `dir`, replacing whatever an earlier
 * attempt left there, so every attempt changes the project as it was saved.
 */
export async function writeProjectFiles(dir: string, files: Record<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.resolve(dir, file);
    // Saved paths come from the SDK, but a path leaving the folder must never be written.
    if (!target.startsWith(dir + path.sep)) throw new ForgeError('invalid_project', `Bad file path ${file}.`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** Whether the error says the forge does not hold the deployment (this process did not make it). */
const isUnknownDeployment = (error: unknown): boolean => {
  for (let e = error; e instanceof Error; e = e.cause)
    if (ForgeError.isInstance(e) && e.code === 'invalid_option' && e.details.option === 'deploymentId')
      return true;
  return false;
};

/** The project's deployment when it is still live; an expired one is not switched but made afresh. */
const liveDeploymentId = (project: Project): string | undefined =>
  project.deployment && !project.deploymentStoppedAt ? project.deployment.id : undefined;

interface ChangeRun {
  readonly forge: Forge;
  readonly dir: string;
  readonly project: Project;
  readonly input: ChangeJobInput;
  readonly signal: AbortSignal;
  readonly onProgress: (event: ForgeEvent) => void;
}

/**
 * Runs forge.change on the saved files. A live deployment is switched in place (same URL, rows kept);
 * one this server process no longer holds (it restarted since) is deployed afresh from the saved files,
 * which costs a second plan and test run but never leaves a live project unserved.
 */
async function changeProject(run: ChangeRun): Promise<ChangeResult> {
  const attempt = async (deploymentId: string | undefined, deploy: boolean) => {
    await writeProjectFiles(run.dir, run.project.files);
    return run.forge.change(run.dir, run.input.request, {
      allowBreaking: run.input.allowBreaking,
      allowDestructive: run.input.allowDestructive,
      test: run.input.test,
      deploy,
      signal: run.signal,
      onProgress: run.onProgress,
      ...(deploymentId === undefined ? {} : { deploymentId }),
    });
  };
  // A project that is not served (never deployed, or stopped when idle) gets its new version saved
  // only: serving it again would take one more of the owner's live deployments.
  const deploymentId = liveDeploymentId(run.project);
  try {
    return await attempt(deploymentId, deploymentId !== undefined);
  } catch (error) {
    if (deploymentId === undefined || !isUnknownDeployment(error)) throw error;
    return attempt(undefined, true);
  }
}

const withoutOutput = ({ output: _output, ...report }: NonNullable<ChangeResult['test']>) => report;

const change: StepDefinition = {
  id: 'change',
  stages: changeStages,
  async run(ctx): Promise<ChangeOutput> {
    const input = ctx.job.input as ChangeJobInput;
    const project = await ctx.store.getProject(ctx.job.ownerId, input.projectId);
    if (!project) throw new NonRetriableError(`Project ${input.projectId} no longer exists.`);
    const result = await changeProject({
      forge: ctx.forge,
      dir: path.resolve(ctx.outDir),
      project,
      input,
      signal: ctx.signal,
      onProgress: ctx.emit,
    });
    // A fresh deployment runs with new credentials; a switched one keeps the ones saved with it.
    const deployment = result.deployment
      ? {
          ...(project.deployment?.id === result.deployment.id ? project.deployment : {}),
          ...result.deployment,
          ...(result.credentials ? { credentials: result.credentials } : {}),
        }
      : project.deployment;
    if (project.deployment && deployment?.id !== project.deployment.id)
      await ctx.forge.stop(project.deployment.id).catch(() => undefined);
    return {
      previousVersion: result.previousVersion,
      version: result.version,
      design: result.design,
      openapi: result.openapi,
      diff: versionDiff(result.diff),
      migration: result.migration ?? null,
      files: await readProjectFiles({ outDir: result.projectDir, files: await listFiles(result.projectDir) }),
      deployment: deployment ?? null,
      test: result.test ? withoutOutput(result.test) : null,
    };
  },
};

/** Folders the sandbox may leave in a project (installed dependencies, caches): never project files. */
const notProjectFiles = new Set(['node_modules', '.venv', '__pycache__', '.pytest_cache']);

/** Every file of the changed project (relative, sorted), as the project row keeps them. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).some((part) => notProjectFiles.has(part)))
    .sort();
}

const save: StepDefinition = {
  id: 'save',
  stages: [],
  async run(ctx): Promise<{ projectId: string }> {
    const input = ctx.job.input as ChangeJobInput;
    const changed = ctx.outputs.change as ChangeOutput;
    const saved = await ctx.store
      .saveChange(ctx.job.ownerId, {
        projectId: input.projectId,
        jobId: ctx.job.id,
        request: input.request,
        version: changed.version,
        design: changed.design,
        openapi: changed.openapi,
        files: changed.files,
        deployment: changed.deployment,
        diff: changed.diff,
        migration: changed.migration,
      })
      .catch((error: unknown) => {
        // Another change saved the same version first (unique per project): this one lost the race.
        if ((error as { code?: unknown }).code === '23505')
          throw new ForgeError(
            'change_conflict',
            `Another change made version ${changed.version} of this project first; send the request again.`,
          );
        throw error;
      });
    if (!saved) throw new NonRetriableError(`Project ${input.projectId} was deleted during the change.`);
    return { projectId: input.projectId };
  },
};

/** The steps of a change job, in order; memoised under their ids like generate-api's. */
export const changeApiSteps = [change, save] as const;
