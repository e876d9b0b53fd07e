export * from './design/api-design.js';
export type * from './llm/llm-provider.js';
export { parseDesign, apiDesignJsonSchema, formatIssuePath } from './design/validate-design.js';
export { joinShape, storedPairs, withoutUndeclaredJoins, type JoinShape } from './design/many-to-many.js';
export { DesignValidationError, type DesignIssue } from './design/design-validation-error.js';
export {
  pascalCase,
  pathSegment,
  resourceNames,
  nestedListOperation,
  foreignKeyName,
  titleFromName,
  type ResourceNames,
} from './design/naming.js';
export {
  reservedIn,
  reservedFieldNames,
  reservedResourceNames,
  type ReservedLanguage,
} from './design/reserved-words.js';
export {
  LLMError,
  LLMAuthError,
  LLMRateLimitError,
  LLMTimeoutError,
  LLMServerError,
  LLMConnectionError,
  LLMRequestError,
  LLMInvalidResponseError,
  type LLMErrorCode,
} from './llm/llm-errors.js';
export { createOllama, type OllamaSettings } from './llm/ollama.js';
export { createHuggingFace, type HuggingFaceSettings } from './llm/huggingface.js';
export { createOpenAICompatible, type OpenAICompatibleSettings } from './llm/openai-compatible.js';
export type { Planner, PlanOptions, PlanResult, PlanHop, Assumption } from './planners/planner.js';
export { createEmbeddedPlanner } from './planners/embedded-planner.js';
export { createThreadedEmbeddedPlanner } from './planners/embedded-thread.js';
export { createLLMPlanner, type LLMPlannerSettings } from './planners/llm-planner.js';
export {
  createPlannerChain,
  createDefaultPlannerChain,
  type DefaultPlannerChainSettings,
} from './planners/planner-chain.js';
export { InvalidModelDesignError } from './planners/planning-error.js';
export { PromptError, EXAMPLE_PROMPT, type PromptErrorCode } from './planners/prompt-error.js';
export { compileOpenApi } from './openapi/compile-openapi.js';
export { MANY_TO_MANY_EXTENSION, OWNER_SCOPED_EXTENSION, THROUGH_EXTENSION } from './openapi/field-schema.js';
export { toYaml, toJson } from './openapi/serialize.js';
export { validateOpenApi } from './openapi/validate-openapi.js';
export { lintOpenApi, lintRules, type LintFinding, type LintSeverity } from './openapi/lint-openapi.js';
export { SpecValidationError, type SpecIssue } from './openapi/spec-validation-error.js';
export {
  importSpec,
  type ImportResult,
  type UnmappedItem,
  type CustomOperation,
} from './import/import-spec.js';
export {
  planContract,
  type AccountPlan,
  type ContractPlan,
  type ContractPlanResult,
  type ListFilter,
  type OperationKind,
  type PlannedCollection,
  type PlannedOperation,
  type SecurityAlternative,
  type SecuritySchemePlan,
} from './import/contract-plan.js';
export { storageName } from './import/storage-name.js';
export { upgradeToOpenApi31 } from './import/upgrade-openapi.js';
export { MAX_SPEC_BYTES } from './import/read-spec.js';
export { SpecImportError, type SpecImportErrorCode } from './import/spec-import-error.js';
export type * from './change/types.js';
export { ChangeRequestError } from './change/change-request-error.js';
export { diffDesigns } from './change/diff-designs.js';
export { diffOpenApi } from './change/diff-openapi.js';
export { nextVersion, versionBump } from './change/next-version.js';
export { planChange } from './change/plan-change.js';
export { createEmbeddedChangePlanner } from './change/embedded-change-planner.js';
export { createLLMChangePlanner, type LLMChangePlannerSettings } from './change/llm-change-planner.js';
