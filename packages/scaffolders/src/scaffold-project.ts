import type { ApiDesign } from '@smartapiforge/spec-engine';
import { scaffoldExpress } from './express/scaffold-express.js';
import { scaffoldFastapi } from './fastapi/scaffold-fastapi.js';
import type { GeneratedProject } from './generated-project.js';

export type Stack = GeneratedProject['stack'];
export const stacks: readonly Stack[] = ['express', 'fastapi'];

/** Generates the project for one stack from a design and its compiled contract. */
export function scaffoldProject(stack: Stack, design: ApiDesign, openapi: object): GeneratedProject {
  return stack === 'fastapi' ? scaffoldFastapi(design, openapi) : scaffoldExpress(design, openapi);
}
