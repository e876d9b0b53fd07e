import {
  prepareProjectRuntime,
  type GeneratedProject,
  type ProjectRuntime,
} from '@smartapiforge/scaffolders';
import { runStage, type StageContext } from '../run-stage.js';
import type { Pipeline } from './pipeline.js';

/** The dependencies stage: the project's dependency set from the shared cache (installed on a miss). */
export async function prepareRuntime(
  pipeline: Pipeline,
  ctx: StageContext,
  project: GeneratedProject,
): Promise<ProjectRuntime> {
  const { cacheDir } = pipeline.settings;
  return runStage(ctx, 'dependencies', () =>
    prepareProjectRuntime(project.dependencyRecipe, {
      ...(cacheDir === undefined ? {} : { cacheDir }),
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      onLog: (line) => ctx.emit({ type: 'log', stage: 'dependencies', line }),
      // As the install starts, not after it: a first install takes minutes.
      onInstalling: (fromCache) =>
        ctx.emit({ type: 'installing', recipe: project.dependencyRecipe, fromCache }),
    }),
  );
}

/** What running the project needs, or nothing when it neither runs tests nor goes live. */
export async function runtimeWhenNeeded(
  pipeline: Pipeline,
  ctx: StageContext,
  project: GeneratedProject,
  needed: boolean,
): Promise<ProjectRuntime> {
  return needed ? prepareRuntime(pipeline, ctx, project) : { mounts: [], env: {}, fromCache: true };
}
