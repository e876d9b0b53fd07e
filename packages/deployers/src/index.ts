export type * from './deployer.js';
export * from './errors.js';
export {
  createLocalDeployer,
  type LocalDeployer,
  type LocalDeployerSettings,
} from './local/local-deployer.js';
export type { RestartPolicy } from './local/supervised-app.js';
