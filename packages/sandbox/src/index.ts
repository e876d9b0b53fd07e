export type * from './sandbox-provider.js';
export * from './errors.js';
export { createBubblewrapSandbox, type BubblewrapSandboxSettings } from './bubblewrap/bubblewrap-sandbox.js';
export { createSandboxPool, type SandboxPool, type SandboxPoolOptions } from './pool/sandbox-pool.js';
export { createSandboxChain } from './chain/sandbox-chain.js';
export { OUTPUT_TRUNCATED_MARKER } from './shared/exec-guard.js';
export { isProcessAlive } from './shared/process-alive.js';
