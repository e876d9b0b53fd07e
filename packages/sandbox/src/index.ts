export type * from './sandbox-provider.js';
export * from './errors.js';
export { createBubblewrapSandbox, type BubblewrapSandboxSettings } from './bubblewrap/bubblewrap-sandbox.js';
