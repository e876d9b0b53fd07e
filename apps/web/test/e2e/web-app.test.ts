import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// The reference server's loopback Supabase Auth fake: a test tool, started here in-process; the
// server itself runs as its own built program, so this app imports nothing of it.
import {
  startFakeSupabaseAuth,
  type FakeSupabaseAuth,
} from '../../../reference-server/test/fake-supabase-auth.js';
import { stageOrder } from '../../src/client/job-progress.js';
import { freePort, startProcess, type Started } from './processes.js';

// The whole web app in Debian's headless Chromium (playwright-core, no downloaded browser), against
// the built reference server on in-memory PGlite and `next start`: magic-link sign-in, a real
// generation (tests in the sandbox, deploy, contract suite) watched live, the project's pages, the
// live API's docs and a call to it, the download, API keys, sign-out, and a second user who sees
// nothing of the first. Every page is checked with axe-core and photographed.
const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const webDir = fileURLToPath(new URL('../../', import.meta.url));
const serverMain = fileURLToPath(new URL('../../../reference-server/dist/main.js', import.meta.url));
const artifacts = path.join(webDir, 'test-artifacts');
const require = createRequire(import.meta.url);
const axeSource = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const nextBin = require.resolve('next/dist/bin/next');
const jwtSecret = 'web-e2e-secret-that-is-at-least-32-bytes-long';

/** One observed change of a stage's state (or the status line), with the page's clock. */
interface Change {
  readonly stage: string;
  readonly state: string;
  readonly t: number;
}

// Runs in the page before the app: records every stage state change as it happens, so the test can
// tell live progress from a page that only rendered the end result.
const recordStageChanges = `
  const changes = (globalThis.stageChanges = []);
  new MutationObserver((records) => {
    // One time per batch: what React committed together shares it, so order within it is not judged.
    const t = performance.now();
    for (const record of records) {
      const item = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (item?.id === 'job-status') changes.push({ stage: '#status', state: item.textContent, t });
      for (const node of [item, ...record.addedNodes])
        if (node?.dataset?.stage) changes.push({ stage: node.dataset.stage, state: node.dataset.state ?? '', t });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
`;

if (!hasChromium)
  console.warn(`web app e2e skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('the web app in headless Chromium', () => {
  let fake: FakeSupabaseAuth;
  let server: Started;
  let serverUrl: string;
  let web: Started;
  let webUrl: string;
  let browser: Browser;
  const shots: string[] = [];

  beforeAll(async () => {
    if (!existsSync(serverMain))
      throw new Error(`${serverMain} is missing: build the reference server first (pnpm -r build).`);
    // `next start` serves the last build; CI's setup builds every package, a fresh checkout builds here.
    if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
      const built = spawnSync(process.execPath, [nextBin, 'build'], {
        cwd: webDir,
        stdio: 'inherit',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (built.status !== 0) throw new Error('next build failed (output above).');
    }
    fake = await startFakeSupabaseAuth({ jwtSecret });
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    server = await startProcess(process.execPath, [serverMain], {
      cwd: webDir,
      env: {
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
        SUPABASE_JWT_SECRET: jwtSecret,
        SUPABASE_URL: fake.url,
        SUPABASE_ANON_KEY: fake.anonKey,
        JOB_QUEUE: 'embedded',
      },
      ready: /reference server on (http:\/\/\S+?);?\s/,
      timeoutMs: 60_000,
    }).then((started) => ((serverUrl = started.match[1]!), started));
    const port = await freePort();
    web = await startProcess(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: webDir,
      env: { ...env, FORGE_SERVER_URL: serverUrl },
      ready: /Ready in/,
      timeoutMs: 60_000,
    });
    webUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    await mkdir(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await server?.stop();
    await fake?.close();
    // The servers' own output, for whoever reads a failure.
    if (server) await writeFile(path.join(artifacts, 'reference-server.log'), server.output());
    if (web) await writeFile(path.join(artifacts, 'next-start.log'), web.output());
    if (shots.length > 0)
      console.log(`web app screenshots (${shots.length}) in ${artifacts}:\n  ${shots.join('\n  ')}`);
  });

  // A failing step leaves a picture of where the page was.
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page && !page.isClosed())
      await page.screenshot({ path: path.join(artifacts, `failed-${context.task.name.slice(0, 40)}.png`) });
  });

  const newContext = (width = 1280, height = 900) =>
    browser.newContext({ viewport: { width, height }, acceptDownloads: true });

  /** axe-core's serious and critical findings on the page as it is now. */
  async function seriousViolations(page: Page) {
    await page.addScriptTag({ content: await axeSource });
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** Checks accessibility, then photographs the whole page. */
  async function capture(page: Page, name: string) {
    // Next streams a dynamic page's metadata after its body, so the <title> can arrive a moment after the
    // content a test waited for; axe judges the page once it is complete.
    await page.waitForFunction(() => document.title !== '');
    expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
    const file = path.join(artifacts, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(path.basename(file));
  }

  /** Asks for a magic link in the app and follows the one the fake "emailed". */
  async function signIn(page: Page, email: string) {
    await page.goto(`${webUrl}/projects`);
    await page.waitForURL(/\/sign-in\?next=%2Fprojects/);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await page.getByText(`We sent a sign-in link to ${email}`).waitFor();
    const link = fake.linkFor(email);
    await page.goto(link);
    await page.waitForURL(`${webUrl}/projects`);
    await page.getByTestId('signed-in-as').getByText(email).waitFor();
    return link;
  }

  let alice: BrowserContext;
  let page: Page;
  let projectUrl: string;

  it('signs a new user in by magic link', async () => {
    alice = await newContext();
    page = await alice.newPage();
    await page.addInitScript({ content: recordStageChanges });
    await page.goto(webUrl);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email address').waitFor();
    await capture(page, '01-sign-in');

    await page.goto(`${webUrl}/projects`);
    await page.waitForURL(/\/sign-in\?next=%2Fprojects/);
    await page.getByLabel('Email address').fill('alice@example.com');
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await page.getByText('We sent a sign-in link to alice@example.com').waitFor();
    await capture(page, '02-link-sent');
    // What supabase-js sent: GoTrue's OTP request with the anon key, coming back to this app's sign-in page.
    const otp = fake.requests.find((r) => r.method === 'POST' && r.url.startsWith('/auth/v1/otp'))!;
    expect(otp.headers.apikey).toBe(fake.anonKey);
    expect(otp.body).toMatchObject({ email: 'alice@example.com', create_user: true });
    expect(new URL(otp.url, fake.url).searchParams.get('redirect_to')).toBe(
      `${webUrl}/sign-in?next=%2Fprojects`,
    );

    await page.goto(fake.linkFor('alice@example.com'));
    await page.waitForURL(`${webUrl}/projects`);
    await page.getByTestId('signed-in-as').getByText('alice@example.com').waitFor();
    await page.getByText('You have no projects yet.').waitFor();
    await capture(page, '03-projects-empty');
  });

  it('generates an API and shows every stage live, with timings, logs, the plan and test results', async () => {
    await page.getByRole('link', { name: 'New API' }).first().click();
    await page.getByLabel('Request').waitFor();
    await page.getByRole('button', { name: 'Library' }).click();
    expect(await page.getByLabel('Request').inputValue()).toMatch(/^A library API/);
    await page.getByText('Jobs started today').waitFor();
    await capture(page, '04-new-api');

    await page.getByRole('button', { name: 'Generate API' }).click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await page.locator('#job-status', { hasText: /^(Done|Failed)\.$/ }).waitFor({ timeout: 240_000 });
    expect(await page.textContent('#job-status')).toBe('Done.');

    // Every stage ended done, in pipeline order, before "Done.". Stages that take seconds (the
    // sandboxed tests, the deploy, the contract suite) were also seen running first: the page showed
    // progress as it happened. (Quick stages that finished before the page subscribed arrive replayed
    // at once, so React renders them done directly.)
    const changes = (await page.evaluate('globalThis.stageChanges')) as Change[];
    const finished = changes.find((c) => c.stage === '#status' && c.state === 'Done.')!;
    let previousDone = -Infinity;
    for (const stage of stageOrder) {
      const done = changes.find((c) => c.stage === stage && c.state === 'done');
      expect(done, `${stage} shown done`).toBeDefined();
      expect(done!.t).toBeGreaterThanOrEqual(previousDone);
      expect(done!.t).toBeLessThanOrEqual(finished.t);
      previousDone = done!.t;
    }
    for (const stage of ['test', 'deploy']) {
      const running = changes.find((c) => c.stage === stage && c.state === 'running');
      const done = changes.find((c) => c.stage === stage && c.state === 'done')!;
      expect(running, `${stage} shown running`).toBeDefined();
      expect(running!.t).toBeLessThan(done.t);
    }
    // Timings per stage, the planner's decision, log lines, and both test suites' results.
    expect(await page.locator('li[data-stage=test]').textContent()).toMatch(/done · \d+(\.\d)? m?s/);
    await page.getByRole('heading', { name: 'What the planner decided' }).waitFor();
    expect(await page.getByRole('log').textContent()).toMatch(/\[test\]/);
    expect(await page.getByTestId('project-tests').textContent()).toMatch(/[1-9]\d* passed, 0 failed/);
    expect(await page.getByTestId('contract-suite').textContent()).toMatch(/[1-9]\d* passed, 0 failed/);
    await page.getByText('Each test').click();
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('table tbody tr', { hasText: 'failed' }).count()).toBe(0);
    await capture(page, '05-job-done');

    await page.getByRole('link', { name: 'Open the project' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectUrl = page.url();
  });

  it('shows the project: contract, files with highlighting, tests, health; opens and calls the live API', async () => {
    await page.getByRole('heading', { name: 'Live API' }).waitFor();
    await page.getByTestId('health').getByText('Healthy').waitFor();
    expect(await page.getByTestId('operation').count()).toBeGreaterThan(3);
    await page.getByTestId('operation').first().locator('summary').click();
    await capture(page, '06-project-contract');

    await page.getByRole('tab', { name: /^Files/ }).click();
    await page.getByRole('button', { name: 'package.json' }).click();
    await page.locator('pre[aria-label="Contents of package.json"] .hljs-attr').first().waitFor();
    await capture(page, '07-project-files');
    // Keyboard: arrow keys move between tabs.
    await page.getByRole('tab', { name: /^Files/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Tests' }).getAttribute('aria-selected')).toBe('true');
    await page
      .getByText(/passed, 0 failed/)
      .first()
      .waitFor();
    await capture(page, '08-project-tests');

    const liveUrl = (await page.getByTestId('live-url').textContent())!;
    const [docs] = await Promise.all([alice.waitForEvent('page'), page.getByTestId('docs-url').click()]);
    await docs.locator('.swagger-ui .opblock').first().waitFor();
    await docs.screenshot({ path: path.join(artifacts, '09-live-api-docs.png') });
    shots.push('09-live-api-docs.png');
    // Call the live API from its own docs page, as a person trying it out would: create an author
    // from the example its contract gives, then list authors.
    const called = (await docs.evaluate(async (base) => {
      type Schema = { $ref?: string; examples?: Record<string, unknown>[] };
      const spec = (await (await fetch(`${base}/openapi.json`)).json()) as {
        paths: Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
        components: { schemas: Record<string, Schema> };
      };
      const schema = spec.paths['/authors']!.post.requestBody.content['application/json']!.schema;
      const example = {
        ...(schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!] : schema)!.examples![0],
        name: 'Ursula K. Le Guin',
      };
      const created = await fetch(`${base}/authors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(example),
      });
      const listed = await fetch(`${base}/authors`);
      return {
        created: created.status,
        answer: await created.text(),
        listed: listed.status,
        body: await listed.text(),
      };
    }, liveUrl)) as { created: number; answer: string; listed: number; body: string };
    expect(called.created, called.answer).toBe(201);
    expect(called.listed).toBe(200);
    expect(called.body).toContain('Ursula K. Le Guin');
    await docs.close();
  });

  it('downloads the project as an archive', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .tar.gz' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.tar\.gz$/);
    const saved = path.join(artifacts, download.suggestedFilename());
    await download.saveAs(saved);
    const tar = gunzipSync(await readFile(saved));
    const names: string[] = [];
    for (let offset = 0; offset + 512 <= tar.length;) {
      const name = tar
        .subarray(offset, offset + 100)
        .toString()
        .replace(/\0.*$/s, '');
      if (!name) break;
      const prefix = tar
        .subarray(offset + 345, offset + 500)
        .toString()
        .replace(/\0.*$/s, '');
      names.push(prefix ? `${prefix}/${name}` : name);
      const size = parseInt(tar.subarray(offset + 124, offset + 136).toString(), 8);
      offset += 512 + Math.ceil(size / 512) * 512;
    }
    const root = download.suggestedFilename().replace(/\.tar\.gz$/, '');
    expect(names).toContain(`${root}/package.json`);
    expect(names).toContain(`${root}/openapi.yaml`);
  });

  it('previews a change with breaking changes marked, applies a compatible one live, and lists the versions', async () => {
    const request = page.getByLabel('Describe the change');
    // A breaking change is shown, not refused: its changes are marked and Apply waits for the flag.
    await request.fill('remove year from books');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('change-preview');
    await preview.getByText('Breaking').first().waitFor();
    expect(await preview.locator('li[data-breaking=true]').count()).toBeGreaterThan(0);
    const applyBreaking = page.getByRole('button', { name: /^Apply as version 2\.0\.0/ });
    expect(await applyBreaking.isDisabled()).toBe(true);
    await page.getByLabel(/Allow breaking changes/).check();
    if (await page.getByLabel(/Allow destructive changes/).count())
      await page.getByLabel(/Allow destructive changes/).check();
    expect(await applyBreaking.isDisabled()).toBe(false);
    await capture(page, '10a-change-breaking-preview');

    // A compatible change: previewed with its migration, applied, followed live on the job page.
    await request.fill('add a nickname to authors');
    await page.getByRole('button', { name: 'Preview' }).click();
    await preview.getByText(/1\.0\.0 → 1\.1\.0/).waitFor();
    expect(await preview.locator('li[data-breaking=true]').count()).toBe(0);
    expect(await preview.textContent()).toMatch(/Migration migrations\/\d{3}_\w*nickname\w*\.sql/);
    await capture(page, '10b-change-preview');
    await page.getByRole('button', { name: 'Apply as version 1.1.0' }).click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Changing your API' }).waitFor();
    await page.locator('#job-status', { hasText: /^(Done|Failed)\.$/ }).waitFor({ timeout: 240_000 });
    expect(await page.textContent('#job-status')).toBe('Done.');
    for (const stage of ['read', 'diff', 'migrate', 'merge', 'deploy'])
      expect(await page.locator(`li[data-stage=${stage}]`).getAttribute('data-state')).toBe('done');
    await capture(page, '10c-change-done');

    await page.getByRole('link', { name: 'Open the project' }).click();
    await page.waitForURL(projectUrl);
    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = page.getByTestId('versions');
    await versions.getByText('1.1.0').waitFor();
    expect(await versions.locator('li').first().textContent()).toMatch(
      /1\.1\.0.*current.*add a nickname to authors/s,
    );
    expect(await versions.textContent()).toContain('1.0.0');
    await capture(page, '10d-versions');
  });

  it('creates an API key that calls the REST API as the same user until revoked, and shows usage against the quota', async () => {
    await page.getByRole('link', { name: 'API keys & usage' }).click();
    await page.getByLabel('Key name').fill('ci');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = (await page.getByTestId('new-api-key').textContent())!;
    expect(key).toMatch(/^sk_/);
    // Two jobs today: the generation and the change.
    await page
      .getByText(/2 of 50/)
      .first()
      .waitFor();
    await capture(page, '10-api-keys');
    const projects = (await (
      await fetch(`${serverUrl}/v1/projects`, { headers: { 'x-api-key': key } })
    ).json()) as { projects: { id: string }[] };
    expect(projects.projects.map((p) => p.id)).toEqual([projectUrl.split('/').pop()]);
    // Revoked in the list, the key is refused from then on.
    await page.getByRole('button', { name: 'Revoke key ci' }).click();
    await page
      .getByTestId('api-keys')
      .getByText(/^Revoked /)
      .waitFor();
    expect((await fetch(`${serverUrl}/v1/projects`, { headers: { 'x-api-key': key } })).status).toBe(401);

    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByTestId('project-card').first().waitFor();
    expect(await page.getByTestId('project-card').count()).toBe(1);
    await capture(page, '11-projects');
  });

  it('signs out: the session is revoked and pages ask to sign in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\?signedOut=1/);
    await page.getByText('You are signed out.').waitFor();
    expect(fake.requests.some((r) => r.method === 'POST' && r.url.startsWith('/auth/v1/logout'))).toBe(true);
    await page.goto(projectUrl);
    await page.waitForURL(/\/sign-in\?next=/);
    await capture(page, '12-signed-out');
    await alice.close();
  });

  it('shows a second user none of the first user’s projects, on a phone-sized screen', async () => {
    const bob = await newContext(390, 844);
    const phone = await bob.newPage();
    await signIn(phone, 'bob@example.com');
    await phone.getByText('You have no projects yet.').waitFor();
    // Nothing is wider than the phone's screen.
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await capture(phone, '13-phone-second-user');
    await phone.goto(projectUrl);
    await phone
      .getByRole('alert')
      .getByText(/does not exist or belongs to someone else/)
      .waitFor();
    expect(await phone.getByRole('alert').filter({ hasText: 'does not exist' }).textContent()).toMatch(
      /Go to your projects/,
    );
    await capture(phone, '14-phone-not-found');
    await phone.goto(`${webUrl}/`);
    await phone.getByLabel('Request').waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await capture(phone, '15-phone-new-api');
    await bob.close();
  });

  it('explains a refused API key and how to recover', async () => {
    const context = await newContext();
    const stranger = await context.newPage();
    await stranger.goto(`${webUrl}/sign-in`);
    await stranger.getByText('Sign in with an API key').click();
    await stranger.getByLabel(/API key/).fill('sk_not-a-real-key');
    await stranger.getByRole('button', { name: 'Use this key' }).click();
    await stranger.waitForURL(`${webUrl}/`);
    await stranger
      .getByRole('alert')
      .getByText(/API key is unknown or revoked/)
      .waitFor();
    await capture(stranger, '16-refused-key');
    // "Sign in again" drops the refused key and leads back to the sign-in page, which stays.
    await stranger.getByRole('alert').getByRole('button', { name: 'Sign in again' }).first().click();
    await stranger.waitForURL(/\/sign-in\?signedOut=1/);
    await stranger.getByLabel('Email address').waitFor();
    await context.close();
  });
});
