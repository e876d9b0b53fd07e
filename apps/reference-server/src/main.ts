import { Inngest } from 'inngest';
import { createReferenceServer } from './server.js';
import { openDatabase } from './store/open-database.js';

// Configuration comes only from the environment so the same build runs locally and in a container:
// PORT, HOST, DATABASE_URL (absent: embedded PGlite, in DATA_DIR or memory), SUPABASE_JWT_SECRET or
// SUPABASE_JWKS_URL, SUPABASE_AUTH_SHIM=false against a real Supabase database, and INNGEST_EVENT_KEY,
// INNGEST_SIGNING_KEY or INNGEST_DEV to run jobs on Inngest instead of in this process.
const env = process.env;
const useInngest = Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_SIGNING_KEY || env.INNGEST_DEV);
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
  },
  // The client reads the INNGEST_* variables itself (keys, dev mode, base URL).
  ...(useInngest ? { inngest: new Inngest({ id: 'smartapiforge-reference-server' }) } : {}),
});
const url = await app.listen(Number(env.PORT ?? 8787), env.HOST ?? '127.0.0.1');
console.log(
  `SmartAPIForge reference server on ${url} (database: ${db.dialect}, jobs: ${useInngest ? 'Inngest' : 'embedded'}); docs at ${url}/docs`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    // Running jobs are interrupted, not failed: the next start resumes them from their last step.
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
