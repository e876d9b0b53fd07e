import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { testDeployer, writeFixtureProject } from '../testing/index.js';
import { createLocalDeployer } from './local-deployer.js';

// Sandboxes run as nobody when tests run as root, so their workspace root must be traversable.
const rootDir = mkdtempSync(join(tmpdir(), 'local-deployer-test-'));
chmodSync(rootDir, 0o711);
const sandbox = createBubblewrapSandbox({ rootDir });

testDeployer('local', () => createLocalDeployer({ sandbox }));

describe('local deployer', { timeout: 20_000 }, () => {
  const deployer = createLocalDeployer({
    sandbox,
    healthTimeoutMs: 1_500,
    restart: { maxRestarts: 2, backoffMs: 50 },
  });
  const fixture = async () => writeFixtureProject(await mkdtemp(join(tmpdir(), 'local-deployer-fixture-')));
  afterAll(() => deployer.destroyAll());

  it('restarts a crashed app with back-off and gives up after maxRestarts', async () => {
    const deployment = await deployer.deploy(await fixture());
    const states: string[] = [];
    const crash = async () => {
      await fetch(`${deployment.url}/crash`).catch(() => undefined);
      await expect
        .poll(async () => states.push(await deployer.status(deployment.id)) && states.at(-1))
        .not.toBe('live');
    };
    for (let restart = 1; restart <= 2; restart++) {
      await crash();
      await expect.poll(() => deployer.status(deployment.id), { timeout: 5_000 }).toBe('live');
      expect((await fetch(`${deployment.url}/healthz`)).status).toBe(200);
    }
    expect(states).toContain('restarting');
    await crash();
    await expect.poll(() => deployer.status(deployment.id)).toBe('failed');
    const logs = await deployer.logs(deployment.id);
    expect(logs.filter((line) => line === 'crashing on request')).toHaveLength(3);
    expect(logs).toContainEqual(expect.stringMatching(/restart 2\/2 in 100 ms/));
    expect(logs.at(-1)).toMatch(/giving up/);
  });

  it('times out a deploy whose OpenAPI document never answers, with the log tail', async () => {
    const started = Date.now();
    await expect(deployer.deploy(await fixture(), { env: { BROKEN_OPENAPI: '1' } })).rejects.toMatchObject({
      code: 'deploy_timeout',
      details: { logTail: expect.stringContaining('listening on 3000') },
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('fails a deploy whose app exits before it is healthy', async () => {
    const project = {
      ...(await fixture()),
      start: { command: 'sh', args: ['-c', 'echo cannot find module >&2; exit 1'] },
    };
    await expect(deployer.deploy(project)).rejects.toMatchObject({
      code: 'deploy_failed',
      details: { logTail: expect.stringContaining('cannot find module') },
    });
  });

  it('lets every version reach its mounts by the same relative path as from the workspace', async () => {
    const shared = await mkdtemp(join(tmpdir(), 'local-deployer-mount-'));
    chmodSync(shared, 0o755);
    await writeFile(join(shared, 'seed.txt'), 'seeded');
    const project = {
      ...(await fixture()),
      mounts: [{ hostPath: shared, sandboxPath: 'vendor/shared' }],
      start: { command: 'sh', args: ['-c', 'test "$(cat "$SEED_FILE")" = seeded && exec node server.mjs'] },
    };
    const env = { SEED_FILE: 'vendor/shared/seed.txt' };
    const deployment = await deployer.deploy(project, { env });
    const updated = await deployer.update(deployment.id, project, { env });
    expect((await fetch(`${updated.url}/healthz`)).status).toBe(200);
    await deployer.destroy(deployment.id);
  });

  it("starts the data folder from the project's seed archive once, and keeps its data across versions", async () => {
    const shared = await mkdtemp(join(tmpdir(), 'local-deployer-seed-'));
    chmodSync(shared, 0o755);
    await writeFile(join(shared, 'visits'), '41');
    execFileSync('tar', ['-cf', join(shared, 'seed.tar'), '-C', shared, 'visits']);
    const project = {
      ...(await writeFixtureProject(await mkdtemp(join(tmpdir(), 'local-deployer-fixture-')), {
        dataDir: true,
      })),
      mounts: [{ hostPath: shared, sandboxPath: 'vendor/seed' }],
    };
    const seeded = { ...project, dataDir: { ...project.dataDir!, seed: 'vendor/seed/seed.tar' } };
    const deployment = await deployer.deploy(seeded);
    expect(await (await fetch(`${deployment.url}/visits`)).json()).toEqual({ visits: 42 });
    // A new version opens the folder as it is: the seed is for a new folder only.
    const updated = await deployer.update(deployment.id, seeded);
    expect(await (await fetch(`${updated.url}/visits`)).json()).toEqual({ visits: 43 });
    await deployer.destroy(deployment.id);

    // Files given with the seed are written over what it unpacked.
    const overridden = { ...project, dataDir: { ...seeded.dataDir, seedFiles: { visits: '99' } } };
    const configured = await deployer.deploy(overridden);
    expect(await (await fetch(`${configured.url}/visits`)).json()).toEqual({ visits: 100 });
    await deployer.destroy(configured.id);

    // An archive that cannot be unpacked leaves the folder empty, as without a seed.
    const broken = { ...project, dataDir: { ...project.dataDir!, seed: 'vendor/seed/missing.tar' } };
    const unseeded = await deployer.deploy(broken);
    expect(await (await fetch(`${unseeded.url}/visits`)).json()).toEqual({ visits: 1 });
    expect((await deployer.logs(unseeded.id)).join('\n')).toContain('could not unpack the data seed');
    await deployer.destroy(unseeded.id);
  });

  it('writes what the build would make when it came made ahead, in every version, instead of building', async () => {
    const project = {
      ...(await fixture()),
      // Run, it would fail the deploy: a deploy that succeeds never ran it.
      build: { command: 'sh', args: ['-c', 'echo the build ran; exit 3'] },
      built: { 'build-stamp.txt': 'made ahead\n' },
    };
    const deployment = await deployer.deploy(project);
    expect(await (await fetch(`${deployment.url}/hello`)).json()).toMatchObject({ built: true });
    const updated = await deployer.update(deployment.id, project);
    expect(await (await fetch(`${updated.url}/hello`)).json()).toMatchObject({ built: true });
    const logs = await deployer.logs(deployment.id);
    expect(logs.filter((line) => line === '[deployer] build: made ahead (1 files)')).toHaveLength(2);
    expect(logs).not.toContain('the build ran');
    await deployer.destroy(deployment.id);

    // Without them, the same build runs and fails the deploy.
    const { built: _built, ...unbuilt } = project;
    await expect(deployer.deploy(unbuilt)).rejects.toMatchObject({ code: 'deploy_failed' });
  });

  it('keeps each deployment in a memory workspace unless told to use the disk', async () => {
    const asked: (string | undefined)[] = [];
    const recording = {
      ...sandbox,
      create: async (options: Parameters<typeof sandbox.create>[0]) => {
        asked.push(options?.workspace);
        return sandbox.create(options);
      },
    };
    for (const workspace of [undefined, 'disk'] as const) {
      const local = createLocalDeployer({ sandbox: recording, ...(workspace ? { workspace } : {}) });
      const deployment = await local.deploy(await fixture());
      expect((await fetch(`${deployment.url}/healthz`)).status).toBe(200);
      await local.destroyAll();
    }
    expect(asked).toEqual(['memory', 'disk']);
  });

  it('stops everything on destroyAll', async () => {
    const first = await deployer.deploy(await fixture());
    const second = await deployer.deploy(await fixture());
    await deployer.destroyAll();
    for (const deployment of [first, second]) {
      expect(await deployer.status(deployment.id)).toBe('stopped');
      await expect(fetch(`${deployment.url}/healthz`)).rejects.toThrow();
    }
  });
});
