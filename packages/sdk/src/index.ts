export { createForge } from './forge.js';
export type {
  Forge,
  ForgeSettings,
  GenerateInput,
  GenerateOptions,
  GenerateResult,
  ScaffoldResult,
  SpecResult,
} from './forge.js';
export { Generation } from './generation.js';
export { stages } from './events.js';
export type { ForgeEvent, Stage, TestCounts } from './events.js';
export { OutputExistsError, ProjectTestsFailedError, StageFailedError } from './errors.js';
export type { ProjectTestReport } from './test-in-sandbox.js';
