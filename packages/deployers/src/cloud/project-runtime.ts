import { runtimeDefinition, type RuntimeDefinition } from '@smartapiforge/sandbox';
import type { DeployableProject } from '../deployer.js';
import { DeployConfigError } from '../errors.js';

/** Which runtime a project's stack runs on; `node` is any plain Node.js app. */
const RUNTIME_OF_STACK: Record<string, string> = {
  express: 'node20-express',
  node: 'node20-express',
  fastapi: 'python-fastapi',
  python: 'python-fastapi',
};

/** The published runtime (image, dependency set) a cloud platform runs this project on. */
export function runtimeOfProject(platform: string, project: DeployableProject): RuntimeDefinition {
  const runtime = runtimeDefinition(RUNTIME_OF_STACK[project.stack]);
  if (!runtime) {
    throw new DeployConfigError(
      `${platform} has no runtime for the "${project.stack}" stack; known stacks: ${Object.keys(RUNTIME_OF_STACK).join(', ')}.`,
      { details: { platform, stack: project.stack } },
    );
  }
  return runtime;
}

/** One shell line: build (if any), then replace the shell with the server so it gets the signals. */
export function buildThenStart(project: DeployableProject): string {
  const quote = (words: readonly string[]) =>
    words
      .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`))
      .join(' ');
  const start = `exec ${quote([project.start.command, ...project.start.args])}`;
  return project.build ? `${quote([project.build.command, ...project.build.args])} && ${start}` : start;
}
