import { ForgeError } from '@smartapiforge/errors';
import { Inngest } from 'inngest';
import { limitsFromEnv } from './limits-from-env.js';
import { createReferenceServer } from './server.js';
import { openDatabase } from './store/open-database.js';

// Configuration comes only from the environment so the same build runs locally and in a container:
// PORT, HOST, DATABASE_URL (absent: embedded PGlite, in DATA_DIR or memory), SUPABASE_JWT_SECRET or
// SUPABASE_JWKS_URL, SUPABASE_AUTH_SHIM=false against a real Supabase database, SUPABASE_URL and
// SUPABASE_ANON_KEY for the web page's magic-link sign-in, and JOB_QUEUE (embedded, inngest or
// bullmq; default inngest when INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY or INNGEST_DEV is set) with
// REDIS_URL and BULLMQ_PREFIX for bullmq; SUPABASE_JWT_AUDIENCE / SUPABASE_JWT_ISSUER for tokens, and
// the abuse limits of limits-from-env.ts.
const env = process.env;
const queues = ['embedded', 'inngest', 'bullmq'] as const;
const inngestConfigured = Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_SIGNING_KEY || env.INNGEST_DEV);
const queue = env.JOB_QUEUE || (inngestConfigured ? 'inngest' : 'embedded');
if (!queues.includes(queue as (typeof queues)[number]))
  throw new ForgeError('config_invalid', `JOB_QUEUE=${queue} is unknown; use ${queues.join(', ')}.`);
if (Boolean(env.SUPABASE_URL) !== Boolean(env.SUPABASE_ANON_KEY))
  throw new ForgeError(
    'config_invalid',
    'Magic-link sign-in needs both SUPABASE_URL and SUPABASE_ANON_KEY (the project URL and its anon key).',
  );

const limits = limitsFromEnv(env);

const db = await openDatabase({
  ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
  ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
  authShim: env.SUPABASE_AUTH_SHIM !== 'false',
});
const app = createReferenceServer({
  db,
  auth: {
    ...(env.SUPABASE_JWT_SECRET ? { jwtSecret: env.SUPABASE_JWT_SECRET } : {}),
    ...(env.SUPABASE_JWKS_URL ? { jwksUrl: env.SUPABASE_JWKS_URL } : {}),
    ...(env.SUPABASE_JWT_AUDIENCE ? { audience: env.SUPABASE_JWT_AUDIENCE } : {}),
    ...(env.SUPABASE_JWT_ISSUER ? { issuer: env.SUPABASE_JWT_ISSUER } : {}),
  },
  ...limits,
  ...(env.SUPABASE_URL && env.SUPABASE_ANON_KEY
    ? { webAuth: { supabaseUrl: env.SUPABASE_URL, supabaseAnonKey: env.SUPABASE_ANON_KEY } }
    : {}),
  // The client reads the INNGEST_* variables itself (keys, dev mode, base URL).
  ...(queue === 'inngest' ? { inngest: new Inngest({ id: 'smartapiforge-reference-server' }) } : {}),
  ...(queue === 'bullmq'
    ? {
        bullmq: {
          connection: { url: env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
          ...(env.BULLMQ_PREFIX ? { prefix: env.BULLMQ_PREFIX } : {}),
        },
      }
    : {}),
});
const url = await app.listen(Number(env.PORT ?? 8787), env.HOST ?? '127.0.0.1');
console.log(
  `SmartAPIForge reference server on ${url} (database: ${db.dialect}, jobs: ${queue}); docs at ${url}/docs`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    // Running jobs are interrupted, not failed: the next start (or another worker) resumes them.
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
