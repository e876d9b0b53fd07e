#!/usr/bin/env node
// `pnpm dev`: the reference server (built, from apps/reference-server/dist) and the web app (`next dev`)
// together, their output interleaved with a prefix; Ctrl-C stops both. `pnpm dev:inngest` runs the
// server's jobs through the Inngest Dev Server instead of the embedded queue: the server is then the
// Inngest job worker, called back on /api/inngest.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const inngest = process.argv.includes('--inngest');
const serverPort = process.env.PORT ?? '8787';
const webPort = process.env.WEB_PORT ?? '3000';
const serverUrl = `http://127.0.0.1:${serverPort}`;
const serverMain = `${root}apps/reference-server/dist/main.js`;

if (!existsSync(serverMain)) {
  console.error('The reference server is not built: run `bash scripts/setup.sh` (or `pnpm -r build`) first.');
  process.exit(1);
}
if (!process.env.SUPABASE_URL)
  console.warn(
    '[dev] No SUPABASE_URL: email sign-in is off. Run `supabase start` (supabase/config.toml allows this\n' +
      '      app) and export SUPABASE_URL, SUPABASE_ANON_KEY and SUPABASE_JWT_SECRET from `supabase status`.',
  );

const serverEnv = { ...process.env, PORT: serverPort };
if (inngest) {
  const devServer = process.env.INNGEST_BASE_URL ?? 'http://127.0.0.1:8288';
  Object.assign(serverEnv, { JOB_QUEUE: 'inngest', INNGEST_DEV: process.env.INNGEST_DEV ?? '1' });
  const answered = await fetch(devServer, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (!answered)
    console.warn(
      `[dev] No Inngest Dev Server at ${devServer}. Start it with\n` +
        `      npx inngest-cli@latest dev -u ${serverUrl}/api/inngest\n` +
        '      (jobs wait in Inngest until it runs).',
    );
}

const children = [];
function run(name, command, args, env, cwd = root) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) console.log(`[${name}] ${line}`);
    });
  }
  child.on('exit', (code, signal) => {
    console.log(`[${name}] exited (${signal ?? code})`);
    stop(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('server', process.execPath, [serverMain], serverEnv);
// next is started directly (not through pnpm) so that stopping this script stops it too.
const nextBin = createRequire(`${root}apps/web/package.json`).resolve('next/dist/bin/next');
run(
  'web',
  process.execPath,
  [nextBin, 'dev', '-H', '127.0.0.1', '-p', webPort],
  {
    ...process.env,
    FORGE_SERVER_URL: serverUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    // Its own build folder: the production build in .next stays intact for `next start` and tests.
    NEXT_DIST_DIR: '.next/dev',
  },
  `${root}apps/web`,
);
console.log(`[dev] web app on http://127.0.0.1:${webPort}, reference server on ${serverUrl}`);
