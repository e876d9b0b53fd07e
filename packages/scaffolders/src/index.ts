export type { Command, DependencyRecipe, GeneratedProject, ProjectCommands } from './generated-project.js';
export { scaffoldExpress } from './express/scaffold-express.js';
export { scaffoldFastapi } from './fastapi/scaffold-fastapi.js';
export {
  RuntimeImageError,
  ensureRuntimeImage,
  runtimeImageScript,
  type EnsureRuntimeImageOptions,
  type RuntimeImage,
  type RuntimeImageName,
} from './runtime-image.js';
export {
  DependencyCacheError,
  ensureDependencyCache,
  type DependencyCache,
  type EnsureDependencyCacheOptions,
} from './dependency-cache.js';
export { ScaffoldError } from './naming.js';
export { prepareProjectRuntime, type ProjectRuntime } from './project-runtime.js';
export { scaffoldProject, stacks, type Stack } from './scaffold-project.js';
export {
  runContractSuite,
  type ContractAuth,
  type ContractCase,
  type ContractRateLimit,
  type ContractReport,
  type RunContractSuiteOptions,
} from './contract/run-contract-suite.js';
export { renderMigration, type RenderMigrationOptions } from './sql/render-migration.js';
export { tableModels, type ColumnModel, type TableModel } from './sql/table-model.js';
export {
  scaffoldContractExpress,
  type ContractFirstInput,
} from './contract-first/scaffold-contract-express.js';
export {
  probeOperations,
  type ProbeCase,
  type ProbeOptions,
  type ProbePlan,
  type ProbeReport,
} from './contract-first/probe/operation-probe.js';
