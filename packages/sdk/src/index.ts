export { createForge } from './forge.js';
export type { Forge, ForgeSettings, GenerateOptions, GenerateResult } from './forge.js';
export { stages } from './events.js';
export type { ForgeEvent, Stage } from './events.js';
export { OutputExistsError, ProjectTestsFailedError, StageFailedError } from './errors.js';
export type { ProjectTestReport } from './test-in-sandbox.js';
