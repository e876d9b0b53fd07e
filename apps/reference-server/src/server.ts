import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createForge, type Forge } from '@smartapiforge/sdk';
import type { Inngest } from 'inngest';
import { createAuthFailureGuard, defaultAuthFailureLimit } from './auth/auth-failure-guard.js';
import { createAuthenticator, type AuthOptions } from './auth/authenticate.js';
import { createRateLimiter, createSharedRateLimiter, type RateLimit } from './auth/rate-limiter.js';
import { apiRoutes } from './http/api-routes.js';
import { createWebSocketUpgrade, sseRoute } from './http/job-event-streams.js';
import type { WebAuthConfig } from './http/web-auth.js';
import { createRequestHandler } from './http/request-handler.js';
import { staticRoutes } from './http/static-routes.js';
import {
  defaultDeploymentLimits,
  startIdleDeploymentExpiry,
  type DeploymentLimits,
} from './deployments/idle-deployments.js';
import { createEventBus } from './jobs/event-bus.js';
import type { BullmqOptions } from './jobs/bullmq-jobs.js';
import { createJobQueue, type RecoveryOptions } from './jobs/job-queue.js';
import { createMetrics } from './metrics.js';
import { createService } from './service/service.js';
import type { Database } from './store/database.js';
import { createStore, type JobLimits } from './store/store.js';
import { trpcRoutes } from './trpc/trpc-routes.js';

export interface ReferenceServerOptions {
  /** A migrated database (see openDatabase). The server does not close it. */
  readonly db: Database;
  /** The pipeline; defaults to createForge() with the SDK's offline defaults. Closed with the server. */
  readonly forge?: Forge;
  readonly auth?: AuthOptions;
  /** Default: 50 jobs per day, 2 at once per user. */
  readonly limits?: JobLimits;
  /** Default: bursts of 30, 5 requests per second per caller. */
  readonly rateLimit?: RateLimit;
  /** Failed authentications per client address. Default: bursts of 10, then one per 10 s. */
  readonly authFailureLimit?: RateLimit;
  /**
   * Proxies in front of the server that append the client's address to X-Forwarded-For; per-address
   * limits then use the address the outermost of them saw. Default 0: the socket's peer, header ignored.
   */
  readonly trustedProxyHops?: number;
  /** Live deployments per user and when an idle one is stopped. Default: 3, after 1 hour unused. */
  readonly deployments?: Partial<DeploymentLimits>;
  /**
   * How fast a dead instance's jobs are taken over (leases of 30 s swept every 10 s) and how many
   * attempts a job gets (3). See the README's "Several instances".
   */
  readonly recovery?: RecoveryOptions;
  /** Jobs this process runs at once across all users. Default 2. */
  readonly concurrency?: number;
  /** Parent of the jobs' working folders. Default: a folder under the OS temp dir. */
  readonly workDir?: string;
  /**
   * Run jobs through Inngest (served on /api/inngest) instead of the embedded runner. main.ts passes a
   * client when INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY or INNGEST_DEV is set.
   */
  readonly inngest?: Inngest;
  /**
   * Run jobs on a BullMQ queue in Redis, with a worker in this process, instead of the embedded runner.
   * main.ts passes `{ connection: { url: REDIS_URL } }` when JOB_QUEUE=bullmq.
   */
  readonly bullmq?: BullmqOptions;
  /** Browser sign-in for the web page: Supabase Auth magic links, served to it at /config.json. */
  readonly webAuth?: WebAuthConfig;
}

export interface ReferenceServer {
  readonly server: Server;
  /** Listens (port 0 picks a free one) and resumes jobs an earlier process left unfinished. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting requests, interrupts running jobs (they stay resumable) and stops deployments. */
  close(): Promise<void>;
}

/** Wires store, job runner, auth, routes and streams into one node:http server. */
export function createReferenceServer(options: ReferenceServerOptions): ReferenceServer {
  const store = createStore(options.db);
  const forge = options.forge ?? createForge();
  const metrics = createMetrics();
  const bus = createEventBus();
  const workDir = options.workDir ?? path.join(os.tmpdir(), 'smartapiforge-reference-server');
  const jobs = createJobQueue(options, { store, forge, bus, metrics, workDir });
  const authenticate = createAuthenticator(store, options.auth ?? {});
  // On PostgreSQL, buckets live in the database, so every instance on it enforces the same limit; on
  // PGlite there is one process, and its memory is enough.
  const limiter = (limit: RateLimit, scope: string) =>
    options.db.dialect === 'postgres'
      ? createSharedRateLimiter(options.db, limit, scope)
      : createRateLimiter(limit);
  const rateLimit = limiter(options.rateLimit ?? { burst: 30, perSecond: 5 }, 'requests');
  const guardAuth = createAuthFailureGuard(
    limiter(options.authFailureLimit ?? defaultAuthFailureLimit, 'auth-failures'),
    { trustedProxyHops: options.trustedProxyHops ?? 0 },
  );
  const caller = async (req: Parameters<typeof authenticate>[0]) => {
    const owner = await guardAuth(req, () => authenticate(req));
    await rateLimit(owner);
    return owner;
  };
  const deploymentLimits = { ...defaultDeploymentLimits, ...options.deployments };
  const service = createService({
    store,
    bus,
    dispatch: jobs.dispatch,
    forge,
    workDir,
    limits: {
      ...(options.limits ?? { jobsPerDay: 50, concurrentJobs: 2 }),
      liveDeployments: deploymentLimits.maxLive,
    },
  });
  let idleExpiry: ReturnType<typeof startIdleDeploymentExpiry> | undefined;
  const routes = [
    ...apiRoutes({ service, caller }),
    ...trpcRoutes({ service, caller }),
    sseRoute({ store, bus, caller }),
    ...staticRoutes({ store, metrics, load: jobs.load, webAuth: options.webAuth }),
    ...jobs.routes,
  ];
  const websockets = createWebSocketUpgrade({ store, bus, caller });

  const server = createServer(createRequestHandler({ routes, metrics }));
  server.on('upgrade', (req, socket, head) => {
    // A client that resets mid-handshake must not surface as an unhandled 'error' event.
    socket.on('error', () => socket.destroy());
    websockets.handleUpgrade(req, socket, head).catch((error: unknown) => {
      console.error(error);
      socket.destroy();
    });
  });

  return {
    server,
    async listen(port = 0, host = '127.0.0.1') {
      await mkdir(workDir, { recursive: true });
      await new Promise<void>((resolve) => server.listen(port, host, resolve));
      await jobs.start();
      idleExpiry = startIdleDeploymentExpiry(store, forge, deploymentLimits);
      return `http://${host}:${(server.address() as AddressInfo).port}`;
    },
    async close() {
      await idleExpiry?.stop();
      await jobs.close();
      await websockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await forge.close();
    },
  };
}
