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
// For the package build, which seeds the format cache (scripts/seed-format-cache.mjs).
export { recordPrettierFormatting } from './format/prettier-format.js';
export { prettierSeedFrom, prettierSeedPath, type PrettierSeed } from './format/format-seed.js';
export { prepareProjectRuntime, type ProjectRuntime } from './project-runtime.js';
export { testRunFiles } from './test-run-files.js';
export { expressBuildAhead } from './express/build-ahead.js';
export { scaffoldProject, stacks, type Stack } from './scaffold-project.js';
export {
  runContractSuite,
  type ContractAuth,
  type ContractCase,
  type ContractRateLimit,
  type ContractReport,
  type RunContractSuiteOptions,
} from './contract/run-contract-suite.js';
export { prepareContractSuite } from './contract/prepare-contract-suite.js';
export { renderMigration, type RenderMigrationOptions } from './sql/render-migration.js';
export { tableModels, type ColumnModel, type TableModel } from './sql/table-model.js';
export {
  scaffoldContractExpress,
  type ContractFirstInput,
} from './contract-first/scaffold-contract-express.js';
export { scaffoldContractFastapi } from './contract-first/scaffold-contract-fastapi.js';
export { contractHandlerLayouts, type ContractHandlerLayout } from './contract-first/handler-layout.js';
export {
  probeOperations,
  type ProbeCase,
  type ProbeOptions,
  type ProbePlan,
  type ProbeReport,
} from './contract-first/probe/operation-probe.js';
export {
  planMigration,
  type MigrationFile,
  type MigrationPlan,
  type PlanMigrationOptions,
} from './evolve/plan-migration.js';
export { MigrationError, type MigrationErrorCode } from './evolve/migration-error.js';
export {
  ForgeFolderError,
  buildManifest,
  forgeDir,
  forgeFolderFiles,
  forgeFormatVersion,
  generatorVersion,
  readForgeFolder,
  sha256,
  writeForgeFolder,
  type ForgeState,
  type ManifestEntry,
} from './evolve/forge-folder.js';
export { customCodeDirs, isCustomCode } from './evolve/custom-code.js';
export {
  conflictLabels,
  mergeThreeWays,
  updateProjectFiles,
  type FileConflict,
  type FileUpdate,
  type FileUpdateAction,
  type UpdateProjectFilesInput,
  type UpdateProjectFilesResult,
} from './evolve/update-project-files.js';
