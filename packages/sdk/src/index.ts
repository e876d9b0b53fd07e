export { createForge } from './forge.js';
export type {
  Forge,
  ForgeSettings,
  GenerateInput,
  GenerateOptions,
  GenerateResult,
  RateLimitOption,
  ScaffoldResult,
  RedeployOptions,
  SpecResult,
} from './forge-types.js';
export type { ChangeMigration, ChangeOptions, ChangeResult } from './change-types.js';
export { Generation } from './generation.js';
export { changeStages, stages } from './events.js';
export type { ForgeEvent, Stage, TestCounts } from './events.js';
export {
  ChangeConflictError,
  ChangeRefusedError,
  ContractFailedError,
  InvalidOptionError,
  OutputExistsError,
  ProjectTestsFailedError,
  SpecLintError,
  StageFailedError,
  type RepairOutcome,
  type RepairRecord,
} from './errors.js';
export { HandlerLayoutError, type HandlerOutcome } from './implement-handlers.js';
export type { ProviderHops } from './provider-hops.js';
export {
  ForgeStoreError,
  type ForgeStore,
  type ForgeStoreV1,
  type GenerationRecord,
} from './store/forge-store.js';
export { createMemoryStore, type MemoryStoreOptions } from './store/memory-store.js';
export { createFileStore, type FileStoreOptions } from './store/file-store.js';
export type { ContractCheck } from './contract-check.js';
export type { LocalCredentials } from './local-credentials.js';
export {
  deployerNames,
  sandboxNames,
  UnknownAdapterError,
  type DeployerChoice,
  type DeployerName,
  type SandboxChoice,
  type SandboxName,
} from './adapters.js';
export { llmNames, type LLMName, type PlannerChoice } from './planner-choice.js';
export type { ProjectTestReport } from './test-in-sandbox.js';
export type { TestCaseResult } from './junit-report.js';

// Every type the options and results above use, so that a consumer installs this one package.
export { ForgeError, type ForgeErrorOptions } from '@smartapiforge/errors';
export type {
  ApiDesign,
  ChangePlan,
  ChangePlanner,
  DesignDiff,
  OpenApiChange,
  OpenApiDiff,
  LLMProvider,
  LLMProviderV1,
  Planner,
  PlanHop,
  PlanOptions,
  PlanResult,
} from '@smartapiforge/spec-engine';
export type { FileConflict, FileUpdate, ProjectRuntime, Stack } from '@smartapiforge/scaffolders';
export {
  SandboxMountError,
  SandboxResourceLimitError,
  SandboxTimeoutError,
  SandboxUnavailableError,
  type CreateSandboxOptions,
  type Sandbox,
  type SandboxCapabilities,
  type SandboxHop,
  type SandboxProvider,
  type SandboxProviderV1,
  type SandboxV1,
} from '@smartapiforge/sandbox';
export {
  DeployApiError,
  DeployAuthError,
  DeployConfigError,
  DeployFailedError,
  DeployQuotaError,
  DeployRateLimitError,
  DeployTimeoutError,
  DeployUnsupportedError,
  type DeployableProject,
  type Deployer,
  type DeployerV1,
  type DeployHop,
  type Deployment,
  type DeploymentState,
  type DeployOptions,
} from '@smartapiforge/deployers';
