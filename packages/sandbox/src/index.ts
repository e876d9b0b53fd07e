export type * from './sandbox-provider.js';
export * from './errors.js';
export {
  createBubblewrapSandbox,
  defaultRootDir,
  type BubblewrapSandboxSettings,
} from './bubblewrap/bubblewrap-sandbox.js';
export { createSandboxPool, type SandboxPool, type SandboxPoolOptions } from './pool/sandbox-pool.js';
export { createSandboxChain } from './chain/sandbox-chain.js';
export { OUTPUT_TRUNCATED_MARKER } from './shared/exec-guard.js';
export { isProcessAlive } from './shared/process-alive.js';
export {
  RUNTIME_VERSION,
  isRuntimeName,
  runtimeDefinition,
  runtimeForTemplate,
  runtimeNames,
  type RuntimeDefinition,
  type RuntimeName,
} from './runtimes/runtime-catalog.js';
