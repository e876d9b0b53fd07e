export { createE2BSandbox, type E2BSandboxSettings } from './e2b-sandbox.js';
export type {
  E2BClientModule,
  E2BCommandHandle,
  E2BCommandResult,
  E2BCreateOptions,
  E2BRunOptions,
  E2BSandboxInstance,
} from './e2b-client.js';
