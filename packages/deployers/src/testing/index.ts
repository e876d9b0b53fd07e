export { testDeployer, type DeployerConformanceOptions } from './deployer-conformance.js';
export { writeFixtureProject } from './fixture-project.js';
export { FakeApiServer, type FakeReply, type RecordedRequest } from './fake-api-server.js';
export { startFakeVercelApi, type FakeVercelApi, type FakeVercelOptions } from '../vercel/fake-vercel-api.js';
export { startFakeFlyApi, type FakeFlyApi, type FakeFlyOptions } from '../fly/fake-fly-api.js';
