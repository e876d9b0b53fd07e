export { createFlyDeployer, type FlyDeployerSettings, type FlyImageSource } from './fly-deployer.js';
