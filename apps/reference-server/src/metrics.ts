import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, on their own registry so several servers can share a process. */
export function createMetrics() {
  const registry = new Registry();
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    stageDuration: new Histogram({
      name: 'forge_stage_duration_seconds',
      help: 'Duration of each SDK pipeline stage inside jobs.',
      labelNames: ['stage'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'forge_job_duration_seconds',
      help: 'Wall time of finished jobs by outcome.',
      labelNames: ['outcome'] as const,
      buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    jobsFinished: new Counter({
      name: 'forge_jobs_finished_total',
      help: 'Jobs that ended, by outcome (succeeded or failed).',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    jobsSwept: new Counter({
      name: 'forge_jobs_swept_total',
      help: 'Unfinished jobs nobody held (their worker died), handed back to the queue or failed, by action.',
      labelNames: ['action'] as const,
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'forge_job_queue_depth',
      help: 'Jobs waiting for a worker slot.',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
