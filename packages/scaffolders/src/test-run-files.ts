import { expressTestTransforms } from './express/test-transforms.js';
import type { GeneratedProject } from './generated-project.js';
import type { ProjectRuntime } from './project-runtime.js';

/**
 * Files a test run of `project` can use besides the project's own, for whoever writes the project
 * where its tests run (never into the project itself): for Express, the JavaScript tree its test
 * run would otherwise make of its TypeScript. Empty when a stack has nothing to prepare, or when the
 * runtime's dependency set is not on this host to prepare it with.
 */
export async function testRunFiles(
  project: Pick<GeneratedProject, 'stack'>,
  files: Readonly<Record<string, string>>,
  runtime: Pick<ProjectRuntime, 'mounts'>,
): Promise<Record<string, string>> {
  const nodeModules = runtime.mounts.find((mount) => mount.sandboxPath === 'node_modules');
  if (project.stack !== 'express' || nodeModules === undefined) return {};
  return expressTestTransforms(files, nodeModules.hostPath);
}
