export { testSandboxProvider, type SandboxConformanceOptions } from './sandbox-conformance.js';
export { testSandboxIsolation, type SandboxIsolationOptions } from './sandbox-isolation.js';
export {
  startFakeE2B,
  type FakeE2B,
  type FakeE2BOptions,
  type RecordedE2BRequest,
} from '../e2b/fake-e2b-api.js';
export {
  startFakeNorthflank,
  type FakeNorthflankOptions,
  type RecordedRequest as RecordedNorthflankRequest,
} from '../northflank/fake-northflank-api.js';
export { openTcpEdge, type TcpEdge } from './tcp-edge.js';
