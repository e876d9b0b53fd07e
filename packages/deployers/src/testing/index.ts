export { testDeployer, type DeployerConformanceOptions } from './deployer-conformance.js';
export { writeFixtureProject } from './fixture-project.js';
