export type * from './deployer.js';
export * from './errors.js';
export { createDeployerChain } from './chain/deployer-chain.js';
export {
  createLocalDeployer,
  type LocalDeployer,
  type LocalDeployerSettings,
} from './local/local-deployer.js';
export type { RestartPolicy } from './local/supervised-app.js';
export type { CloudDeployerSettings } from './cloud/cloud-deployer.js';
export type { DatabaseSettings } from './cloud/database-url.js';
