import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from '../databases.js';
import { startFakeSupabaseAuth, type FakeSupabaseAuth } from '../fake-supabase-auth.js';
import { jwtSecret, startServer, tokenFor } from '../harness.js';

// Drives the served web page in Debian's headless Chromium through playwright-core (no downloaded
// browser). Users sign in by Supabase magic link through supabase-js against a loopback fake of
// Supabase Auth (test/fake-supabase-auth.ts), whose "emails" the test opens; a server without a
// Supabase project is driven through the page's token field.
const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const artifacts = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** One observed change of a stage's (or the status line's) state, with the page's clock. */
interface Change {
  readonly stage: string;
  readonly state: string;
  readonly t: number;
}

// Runs in the page before app.js (as a string: this package's TypeScript has no DOM types). Records
// every state change of the stage list and the status line as it happens, so the test can tell live
// updates from a page that only rendered the final result.
const recordStageChanges = `
  const changes = (globalThis.stageChanges = []);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const item = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (item?.id === 'status') changes.push({ stage: '#status', state: item.textContent, t: performance.now() });
      for (const node of [item, ...record.addedNodes])
        if (node?.dataset?.stage) changes.push({ stage: node.dataset.stage, state: node.dataset.state ?? '', t: performance.now() });
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'],
    }),
  );
`;

/** Checks each stage was first seen running and then done, stage after stage, all before "Done.". */
async function expectLiveStages(page: Page, done: readonly string[]) {
  const changes = (await page.evaluate('globalThis.stageChanges')) as Change[];
  const finished = changes.find((c) => c.stage === '#status' && c.state === 'Done.')!;
  expect(finished).toBeDefined();
  let previousDone = -Infinity;
  for (const stage of done) {
    const states = changes.filter((c) => c.stage === stage);
    const running = states.find((c) => c.state === 'running');
    const ended = states.find((c) => c.state === 'done');
    expect(running, `${stage} shown running`).toBeDefined();
    expect(ended, `${stage} shown done`).toBeDefined();
    expect(running!.t).toBeLessThanOrEqual(ended!.t);
    expect(ended!.t).toBeGreaterThanOrEqual(previousDone);
    expect(ended!.t).toBeLessThanOrEqual(finished.t);
    previousDone = ended!.t;
  }
}

/** The stage list as shown: stage → state. */
const shownStages = async (page: Page) =>
  Object.fromEntries(
    (await page.evaluate(
      `[...document.querySelectorAll('#stages li')].map((li) => [li.dataset.stage, li.dataset.state])`,
    )) as [string, string][],
  );

const prompt =
  'A library API: books have a title and a year. Each book belongs to an author. Authors have a name.';

if (!hasChromium)
  console.warn(`web page e2e skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('the web page in headless Chromium', () => {
  let t: TestDatabase;
  let browser: Browser;
  let fake: FakeSupabaseAuth;
  /** With a Supabase project for magic links. */
  let server: Awaited<ReturnType<typeof startServer>>;
  /** Without one: the page offers only the token field. */
  let plain: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    [t, browser, fake] = await Promise.all([
      freshPglite(),
      chromium.launch({
        executablePath: chromiumPath,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
      startFakeSupabaseAuth({ jwtSecret }),
    ]);
    [server, plain] = await Promise.all([
      startServer(t.db, { webAuth: { supabaseUrl: fake.url, supabaseAnonKey: fake.anonKey } }),
      startServer(t.db),
    ]);
    await mkdir(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    await plain?.app.close();
    await fake?.close();
    await t?.dispose();
  });

  /** A fresh browser profile (its own localStorage, so its own Supabase session) on the page. */
  async function openPage(url: string) {
    const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ content: recordStageChanges });
    await page.goto(url);
    return page;
  }

  /** Asks for a magic link on the page, then follows the link the fake "emailed". */
  async function signIn(page: Page, email: string) {
    await page.fill('#email', email);
    await page.click('#signin button[type=submit]');
    await page.locator('#auth-status', { hasText: `Check ${email} for a sign-in link.` }).waitFor();
    const link = fake.linkFor(email);
    await page.goto(link);
    await page.locator('#who', { hasText: email }).waitFor();
    return link;
  }

  it('signs in by magic link, generates and deploys, and opens the docs and the download', async () => {
    const page = await openPage(server.url);
    await page.locator('#signin').waitFor();
    expect(await page.isVisible('#token')).toBe(false); // the token field is folded away

    const link = await signIn(page, 'alice@example.com');
    // What supabase-js sent: GoTrue's magic-link request, with the anon key and where to come back to.
    const otp = fake.requests.find((r) => r.method === 'POST' && r.url.startsWith('/auth/v1/otp'))!;
    expect(otp.headers.apikey).toBe(fake.anonKey);
    expect(otp.body).toMatchObject({ email: 'alice@example.com', create_user: true, data: {} });
    expect(new URL(otp.url, fake.url).searchParams.get('redirect_to')).toBe(`${server.url}/`);
    expect(new URL(link).searchParams.get('type')).toBe('magiclink');
    // It took the session out of the URL, checked it with GoTrue, and signed the page in.
    expect(new URL(page.url()).hash).toBe('');
    expect(fake.requests.some((r) => r.url === '/auth/v1/user')).toBe(true);
    expect(await page.isVisible('#signin')).toBe(false);
    await page.locator('#projects li', { hasText: 'No projects yet.' }).waitFor();

    await page.fill('#prompt', prompt);
    await page.uncheck('#test');
    await page.click('#generate button[type=submit]');
    await page.locator('#status', { hasText: 'Done.' }).waitFor({ timeout: 60_000 });
    await page.locator('#project-link').waitFor({ timeout: 5_000 });
    const done = ['plan', 'compile', 'validate', 'scaffold', 'write', 'deploy', 'contract'];
    expect(await shownStages(page)).toEqual({
      ...Object.fromEntries(done.map((stage) => [stage, 'done'])),
      test: 'skipped',
    });
    await expectLiveStages(page, done);

    // The docs link opens the deployed API's Swagger UI.
    expect(await page.textContent('#project-link')).toMatch(/^Open \S+ docs$/);
    const docs = await fetch((await page.getAttribute('#project-link', 'href'))!);
    expect(docs.status).toBe(200);
    // The download sends the session's token, which a plain link could not.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#project-download')]);
    expect(download.suggestedFilename()).toMatch(/\.tar\.gz$/);
    const tarball = await readFile((await download.path())!);
    expect([...tarball.subarray(0, 2)]).toEqual([0x1f, 0x8b]); // gzip
    await page.locator('#projects li[data-project-id]').waitFor();
    await page.screenshot({ path: `${artifacts}web-page-magic-link.png`, fullPage: true });

    await page.click('#signout');
    await page.locator('#signin').waitFor();
    const logout = fake.requests.find((r) => r.method === 'POST' && r.url === '/auth/v1/logout?scope=global');
    expect(logout?.headers.authorization).toMatch(/^Bearer ey/);
    expect(await page.locator('#projects li').count()).toBe(0);
    // A magic link works once: opened again, GoTrue refuses it and the page says so.
    await page.goto(link);
    await page.locator('#auth-status', { hasText: 'Email link is invalid or has expired' }).waitFor();
    expect(await page.isVisible('#signin')).toBe(true);
    await page.context().close();
  });

  it("shows another user none of the first user's projects, refreshing short-lived sessions", async () => {
    const carol = await openPage(server.url);
    await signIn(carol, 'carol@example.com');
    await carol.fill('#prompt', prompt);
    await carol.uncheck('#test');
    await carol.uncheck('#deploy');
    await carol.click('#generate button[type=submit]');
    await carol.locator('#status', { hasText: 'Done.' }).waitFor({ timeout: 15_000 });
    const projectId = await carol.getAttribute('#projects li[data-project-id]', 'data-project-id');

    // Sessions that expire within supabase-js's refresh margin are refreshed before each use.
    fake.expiresIn = 60;
    try {
      const bob = await openPage(server.url);
      await signIn(bob, 'bob@example.com');
      await bob.locator('#projects li', { hasText: 'No projects yet.' }).waitFor();
      const refreshed = fake.requests.filter((r) => r.url === '/auth/v1/token?grant_type=refresh_token');
      expect(refreshed.length).toBeGreaterThan(0);
      expect(refreshed[0]!.headers.apikey).toBe(fake.anonKey);
      // Bob's own (refreshed) token cannot reach Carol's project either.
      const status = await bob.evaluate(
        `(async () => {
          const { access_token } = JSON.parse(localStorage.getItem('sb-127-auth-token'));
          return (await fetch('/v1/projects/${projectId}', { headers: { authorization: 'Bearer ' + access_token } })).status;
        })()`,
      );
      expect(status).toBe(404);
      await bob.screenshot({ path: `${artifacts}web-page-other-user.png`, fullPage: true });
      await bob.context().close();
    } finally {
      fake.expiresIn = 3600;
    }
    await carol.context().close();
  });

  it('without a Supabase project, signs in with a token and shows each stage turn done live', async () => {
    const page = await openPage(plain.url);
    await page.locator('#token').waitFor();
    expect(await page.isVisible('#signin')).toBe(false);
    await page.fill('#token', await tokenFor());
    await page.fill('#prompt', prompt);
    await page.uncheck('#test');
    await page.uncheck('#deploy');
    await page.click('#generate button[type=submit]');

    await page.locator('#status', { hasText: 'Done.' }).waitFor({ timeout: 15_000 });
    await page.locator('#project-link').waitFor({ timeout: 5_000 });

    const done = ['plan', 'compile', 'validate', 'scaffold', 'write'];
    const skipped = ['test', 'deploy', 'contract'];
    expect(await shownStages(page)).toEqual(
      Object.fromEntries([
        ...done.map((stage) => [stage, 'done']),
        ...skipped.map((stage) => [stage, 'skipped']),
      ]),
    );
    await expectLiveStages(page, done);
    expect(await page.textContent('#project-link')).toMatch(/^Download /);
    await page.screenshot({ path: `${artifacts}web-page.png`, fullPage: true });
    await page.context().close();
  });

  it('renders the page and the API docs under their Content-Security-Policy, with no violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'SmartAPIForge reference server' }).waitFor();
    await page.goto(server.url);
    await page.locator('#signin').waitFor();
    // The styles come from /app.css now that inline ones are not allowed.
    const style = (selector: string, property: string) =>
      page.evaluate(`getComputedStyle(document.querySelector('${selector}')).${property}`);
    expect(await style('#test', 'width')).not.toBe('100%');
    expect(await style('body', 'maxWidth')).toBe('768px');
    expect(violations).toEqual([]);
    await context.close();
  });
});
