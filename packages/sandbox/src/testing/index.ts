export { testSandboxProvider, type SandboxConformanceOptions } from './sandbox-conformance.js';
export { testSandboxIsolation, type SandboxIsolationOptions } from './sandbox-isolation.js';
