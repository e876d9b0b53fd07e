export type * from './deployer.js';
export * from './errors.js';
