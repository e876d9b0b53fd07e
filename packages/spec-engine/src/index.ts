export * from './design/api-design.js';
export type * from './llm/llm-provider.js';
export { parseDesign, apiDesignJsonSchema, formatIssuePath } from './design/validate-design.js';
export { DesignValidationError, type DesignIssue } from './design/design-validation-error.js';
export {
  pascalCase,
  pathSegment,
  resourceNames,
  nestedListOperation,
  foreignKeyName,
  type ResourceNames,
} from './design/naming.js';
export { reservedIn, reservedFieldNames, type ReservedLanguage } from './design/reserved-words.js';
export type { Planner, PlanOptions, PlanResult } from './planners/planner.js';
export { createEmbeddedPlanner } from './planners/embedded-planner.js';
export { PromptError, EXAMPLE_PROMPT, type PromptErrorCode } from './planners/prompt-error.js';
export { compileOpenApi } from './openapi/compile-openapi.js';
export { toYaml, toJson } from './openapi/serialize.js';
export { validateOpenApi } from './openapi/validate-openapi.js';
export { SpecValidationError, type SpecIssue } from './openapi/spec-validation-error.js';
