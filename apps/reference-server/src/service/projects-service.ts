import type { Forge } from '@smartapiforge/sdk';
import { notFound } from '../errors.js';
import { tarGz } from '../http/tarball.js';
import type { Project, Store } from '../store/store.js';
import { projectView } from './views.js';

export interface ProjectsServiceDependencies {
  readonly store: Store;
  /** Stops a deleted project's deployment. */
  readonly forge: Forge;
  /** Probes deployments' health; injectable for tests. */
  readonly fetch?: typeof fetch;
}

/** What a health probe of a deployment found. */
export type DeploymentHealth =
  | { readonly ok: true; readonly status: number; readonly ms: number; readonly checkedAt: string }
  | {
      readonly ok: false;
      readonly status: number | null;
      readonly ms: number;
      readonly checkedAt: string;
      readonly error: string;
    };

const healthTimeoutMs = 3000;

/** The owner's projects: listing, reading, files, archives, deployments' health, deleting. */
export function createProjectsService(deps: ProjectsServiceDependencies) {
  const { store } = deps;
  const fetchImpl = deps.fetch ?? fetch;

  async function ownProject(owner: string, projectId: string): Promise<Project> {
    const project = await store.getProject(owner, projectId);
    if (!project) throw notFound(`Project ${projectId}`);
    return project;
  }

  return {
    async list(owner: string) {
      return (await store.listProjects(owner)).map(projectView);
    },

    /** The project with its contract and the sorted list of its files (not their contents). */
    async get(owner: string, projectId: string) {
      const project = await ownProject(owner, projectId);
      // Its owner looking at it counts as use: the deployment is not idle.
      if (project.deployment && !project.deploymentStoppedAt) await store.touchDeployment(owner, projectId);
      return { ...projectView(project), spec: project.openapi, files: Object.keys(project.files).sort() };
    },

    /** One file's text; a path the project does not have is a not-found. */
    async file(owner: string, projectId: string, file: string) {
      const project = await ownProject(owner, projectId);
      const content = Object.hasOwn(project.files, file) ? project.files[file] : undefined;
      if (content === undefined) throw notFound(`File ${file} of project ${projectId}`);
      return { path: file, content };
    },

    /** The project as `<name>.tar.gz`, every file under `<name>/`. */
    async archive(owner: string, projectId: string) {
      const project = await ownProject(owner, projectId);
      return {
        filename: `${project.name}.tar.gz`,
        bytes: tarGz(project.name, project.files, project.createdAt),
      };
    },

    /** Deletes the project (RLS: only the owner's) and stops its deployment. */
    async delete(owner: string, projectId: string): Promise<void> {
      const project = await store.deleteProject(owner, projectId);
      if (!project) throw notFound(`Project ${projectId}`);
      if (project.deployment) await deps.forge.stop(project.deployment.id);
    },

    /** Asks the deployment's `/healthz` (every deployer waits for it before reporting a URL). */
    async health(owner: string, projectId: string): Promise<DeploymentHealth | null> {
      const project = await ownProject(owner, projectId);
      if (!project.deployment) return null;
      const started = performance.now();
      const checkedAt = new Date().toISOString();
      const ms = () => Math.round(performance.now() - started);
      try {
        const response = await fetchImpl(new URL('/healthz', project.deployment.url), {
          signal: AbortSignal.timeout(healthTimeoutMs),
        });
        await response.body?.cancel();
        return response.ok
          ? { ok: true, status: response.status, ms: ms(), checkedAt }
          : {
              ok: false,
              status: response.status,
              ms: ms(),
              checkedAt,
              error: `/healthz answered ${response.status}`,
            };
      } catch (error) {
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `no answer within ${healthTimeoutMs} ms`
            : `unreachable (${(error as Error).message})`;
        return { ok: false, status: null, ms: ms(), checkedAt, error: reason };
      }
    },
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
