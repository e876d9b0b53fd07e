import type { Job, Project } from '../store/store.js';
import { stepsFor } from '../jobs/job-steps.js';

/** Where a job can be read and followed over REST. */
export const jobLinks = (id: string) => ({
  self: `/v1/jobs/${id}`,
  events: `/v1/jobs/${id}/events`,
  websocket: `/ws/jobs/${id}`,
});

/** A project as listed: no files, contract or design. */
export const projectView = (project: Omit<Project, 'files' | 'openapi' | 'design'>) => ({
  id: project.id,
  name: project.name,
  jobId: project.jobId,
  createdAt: project.createdAt,
  // Addresses only: the credentials a deployment runs with are served by the credentials service.
  deployment: project.deployment && {
    url: project.deployment.url,
    docsUrl: project.deployment.docsUrl,
    openapiUrl: project.deployment.openapiUrl,
    status: project.deploymentStoppedAt ? ('expired' as const) : ('live' as const),
    stoppedAt: project.deploymentStoppedAt,
  },
  links: { self: `/v1/projects/${project.id}`, files: `/v1/projects/${project.id}/files.tar.gz` },
});

export type ProjectView = ReturnType<typeof projectView>;

/** A job's state: which of its steps are done, and how it ended. */
export const jobView = (job: Job) => ({
  id: job.id,
  status: job.status,
  input: job.input,
  completedSteps: stepsFor(job.input)
    .map((step) => step.id)
    .filter((step) => step in job.steps),
  error: job.error,
  projectId: job.projectId,
  createdAt: job.createdAt,
  finishedAt: job.finishedAt,
  links: jobLinks(job.id),
});

export type JobView = ReturnType<typeof jobView>;
