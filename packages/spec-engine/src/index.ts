export * from './design/api-design.js';
export type * from './llm/llm-provider.js';
