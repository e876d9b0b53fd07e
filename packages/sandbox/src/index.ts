export type * from './sandbox-provider.js';
export * from './errors.js';
