export { createVercelDeployer, type VercelDeployerSettings } from './vercel-deployer.js';
