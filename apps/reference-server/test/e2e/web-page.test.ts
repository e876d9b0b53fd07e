import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from '../databases.js';
import { startServer, tokenFor } from '../harness.js';

// Drives the served web page in Debian's headless Chromium through playwright-core (no downloaded
// browser). Sign-in uses the page's token field with a Supabase-style access token minted here with the
// test JWT secret: a Supabase magic link needs a live Supabase project and a mailbox, which an offline
// test cannot reach, so the token is what the magic link would have produced.
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

if (!hasChromium)
  console.warn(`web page e2e skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('the web page in headless Chromium', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  beforeAll(async () => {
    [t, browser] = await Promise.all([
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
    ]);
    server = await startServer(t.db);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    await t?.dispose();
  });

  it('signs in with a token, generates without tests or deploy, and shows each stage turn done live', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await page.addInitScript({ content: recordStageChanges });
    await page.goto(server.url);
    await page.fill('#token', await tokenFor());
    await page.fill(
      '#prompt',
      'A library API: books have a title and a year. Each book belongs to an author. Authors have a name.',
    );
    await page.uncheck('#test');
    await page.uncheck('#deploy');
    await page.click('button[type=submit]');

    await page.locator('#status', { hasText: 'Done.' }).waitFor({ timeout: 15_000 });
    await page.locator('#project-link').waitFor({ timeout: 5_000 });

    const done = ['plan', 'compile', 'validate', 'scaffold', 'write'];
    const skipped = ['test', 'deploy', 'contract'];
    const items = (await page.evaluate(
      `[...document.querySelectorAll('#stages li')].map((li) => [li.dataset.stage, li.dataset.state])`,
    )) as [string, string][];
    expect(Object.fromEntries(items)).toEqual(
      Object.fromEntries([
        ...done.map((stage) => [stage, 'done']),
        ...skipped.map((stage) => [stage, 'skipped']),
      ]),
    );

    // Live: each stage was first seen running and then done, stage after stage, all before "Done.".
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
    expect(await page.textContent('#project-link')).toMatch(/^Download /);

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}web-page.png`, fullPage: true });
    await page.close();
  });
});
