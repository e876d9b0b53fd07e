import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { ForgeError } from '@smartapiforge/errors';
import type { Forge } from '@smartapiforge/sdk';
import { badRequest, notFound, ServerError } from '../errors.js';
import { versionDiff, writeProjectFiles } from '../jobs/change-api.js';
import type { ChangeJobInput, Job, Store } from '../store/store.js';

export interface ChangesServiceDependencies {
  readonly store: Store;
  readonly forge: Forge;
  /** Parent of every job's working folder; previews work in a throwaway folder under it. */
  readonly workDir: string;
  /** Creates and dispatches a job under the owner's quotas (the jobs service's start). */
  readonly startJob: (owner: string, input: ChangeJobInput) => Promise<Job>;
}

/** A change request as a caller sends it. */
export interface ChangeRequest {
  readonly request: string;
  readonly allowBreaking?: boolean;
  readonly allowDestructive?: boolean;
  /** Test the new version in the sandbox before serving it (default true). */
  readonly test?: boolean;
}

const maxRequestLength = 4000;

/** The innermost typed error: the SDK wraps a stage's own error (a refusal, an unread request). */
function causeOf(error: unknown): ForgeError | undefined {
  let found: ForgeError | undefined;
  for (let e = error; e instanceof Error; e = e.cause) if (ForgeError.isInstance(e)) found = e;
  return found;
}

/** Which flag lets a refused change through, by the refusal's code. */
const flagFor: Record<string, 'allowBreaking' | 'allowDestructive'> = {
  breaking_change_refused: 'allowBreaking',
  destructive_change_refused: 'allowDestructive',
};

/**
 * The caller's mistakes as typed problems: a refused change (409, naming the flag that allows it), a
 * request the planner could not read (422, with what it did understand), a project made from an
 * imported spec (422). Anything else stays as it was thrown.
 */
export function changeProblem(error: unknown): unknown {
  const cause = causeOf(error);
  if (!cause) return error;
  const flag = flagFor[cause.code];
  if (flag)
    return new ServerError(409, cause.code, `${cause.message} Send ${flag}: true to apply it anyway.`, {
      details: { flag, changes: cause.details.changes ?? [] },
    });
  if (cause.code.startsWith('change_'))
    return new ServerError(422, cause.code, cause.message, {
      details: {
        understood: cause.details.understood ?? [],
        ...(cause.details.rewrite === undefined ? {} : { rewrite: cause.details.rewrite }),
        ...(cause.details.unread === undefined ? {} : { unread: cause.details.unread }),
      },
    });
  return error;
}

function checkRequest(body: ChangeRequest): ChangeRequest {
  const request = typeof body.request === 'string' ? body.request.trim() : '';
  if (request === '' || request.length > maxRequestLength)
    throw badRequest(`\`request\` must be a change in words, 1 to ${maxRequestLength} characters.`);
  for (const flag of ['allowBreaking', 'allowDestructive', 'test'] as const)
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
      throw badRequest(`\`${flag}\` must be true or false.`);
  return { ...body, request };
}

/** Change requests to the owner's projects: previewing, applying (a job), and the version history. */
export function createChangesService(deps: ChangesServiceDependencies) {
  const { store } = deps;

  async function ownProject(owner: string, projectId: string) {
    const project = await store.getProject(owner, projectId);
    if (!project) throw notFound(`Project ${projectId}`);
    return project;
  }

  /**
   * Plans the change on a copy of the project's saved files and stops before writing anything. With
   * `flags` the SDK refuses what they do not allow (thrown as 409/422 problems).
   */
  async function dryRun(
    owner: string,
    projectId: string,
    change: ChangeRequest,
    flags: { allowBreaking: boolean; allowDestructive: boolean },
  ) {
    const project = await ownProject(owner, projectId);
    const dir = await mkdtemp(path.join(deps.workDir, 'preview-'));
    try {
      await writeProjectFiles(path.join(dir, 'project'), project.files);
      const result = await deps.forge
        .change(path.join(dir, 'project'), change.request, { dryRun: true, ...flags })
        .catch((error: unknown) => {
          throw changeProblem(error);
        });
      const migration = result.migration ?? null;
      return {
        projectId,
        request: change.request,
        previousVersion: result.previousVersion,
        version: result.version,
        diff: versionDiff(result.diff),
        migration,
        // What applying it takes: the flags its breaking contract changes or dropped data call for.
        requires: { allowBreaking: result.diff.breaking, allowDestructive: migration?.destructive === true },
        assumptions: result.assumptions,
        warnings: result.warnings,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    /**
     * What the change would do, without doing it: the classified contract diff, the next version, the
     * migration, and which flags applying it needs. Breaking and destructive changes are shown, not
     * refused, so a form can ask for the flag; a request the planner cannot read is a 422.
     */
    preview(owner: string, projectId: string, body: ChangeRequest) {
      return dryRun(owner, projectId, checkRequest(body), { allowBreaking: true, allowDestructive: true });
    },

    /**
     * Checks the change as a preview would (so a refusal or an unread request is answered at once, not
     * as a failed job), then starts the change job under the owner's quotas. One change at a time per
     * project: a second is a 409 naming the running job.
     */
    async start(owner: string, projectId: string, body: ChangeRequest) {
      const running = await store.activeChangeJob(owner, projectId);
      if (running)
        throw new ServerError(
          409,
          'change_in_progress',
          `Job ${running} is changing this project; wait for it to end, then send the request again.`,
          { details: { jobId: running } },
        );
      const change = checkRequest(body);
      const checked = await dryRun(owner, projectId, change, {
        allowBreaking: change.allowBreaking === true,
        allowDestructive: change.allowDestructive === true,
      });
      const job = await deps.startJob(owner, {
        kind: 'change',
        projectId,
        request: checked.request,
        allowBreaking: body.allowBreaking === true,
        allowDestructive: body.allowDestructive === true,
        test: body.test !== false,
      });
      return { job, preview: checked };
    },

    /** The project's versions, oldest first: number, contract, diff against the one before, when. */
    async versions(owner: string, projectId: string) {
      await ownProject(owner, projectId);
      return (await store.listVersions(owner, projectId)).map((version) => ({
        version: version.version,
        request: version.request,
        contract: version.openapi,
        diff: version.diff,
        migration: version.migration,
        jobId: version.jobId,
        createdAt: version.createdAt,
      }));
    },
  };
}

export type ChangesService = ReturnType<typeof createChangesService>;
