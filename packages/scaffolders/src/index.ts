export type { Command, DependencyRecipe, GeneratedProject } from './generated-project.js';
export { scaffoldExpress } from './express/scaffold-express.js';
export {
  DependencyCacheError,
  ensureDependencyCache,
  type DependencyCache,
  type EnsureDependencyCacheOptions,
} from './dependency-cache.js';
export { ScaffoldError } from './naming.js';
