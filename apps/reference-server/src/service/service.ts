import { createAccountService, type AccountServiceDependencies } from './account-service.js';
import { createChangesService } from './changes-service.js';
import { createCredentialsService } from './credentials-service.js';
import { createJobsService, type JobsServiceDependencies } from './jobs-service.js';
import { createProjectsService, type ProjectsServiceDependencies } from './projects-service.js';

export type ServiceDependencies = JobsServiceDependencies &
  ProjectsServiceDependencies &
  AccountServiceDependencies & {
    /** Parent of jobs' working folders; change previews work under it too. */
    readonly workDir: string;
  };

/**
 * The server's one service layer: REST handlers and the tRPC router both call it with the
 * authenticated owner, so both apply the same quotas and reach rows only through RLS.
 */
export function createService(deps: ServiceDependencies) {
  const jobs = createJobsService(deps);
  return {
    jobs,
    changes: createChangesService({ ...deps, startJob: jobs.start }),
    projects: createProjectsService(deps),
    account: createAccountService(deps),
    credentials: createCredentialsService(deps),
  };
}

export type Service = ReturnType<typeof createService>;
