export { testSandboxProvider, type SandboxConformanceOptions } from './sandbox-conformance.js';
