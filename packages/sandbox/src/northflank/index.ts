export { createNorthflankSandbox, type NorthflankSandboxSettings } from './northflank-sandbox.js';
