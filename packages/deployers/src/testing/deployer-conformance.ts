import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeployableProject, Deployer, Deployment } from '../deployer.js';
import { writeFixtureProject } from './fixture-project.js';

export interface DeployerConformanceOptions {
  /** Per-case timeout; raise it for cloud providers. Default 20 s. */
  readonly testTimeoutMs?: number;
}

/**
 * The behaviour every Deployer must show, run against a factory with the fixture API from
 * `writeFixtureProject` (unjs/unstorage `testDriver` style).
 */
export function testDeployer(
  name: string,
  factory: () => Deployer,
  options: DeployerConformanceOptions = {},
): void {
  const deployer = factory();
  const fixture = async (project?: Parameters<typeof writeFixtureProject>[1]) =>
    writeFixtureProject(await mkdtemp(join(tmpdir(), 'deployer-fixture-')), project);
  const getJson = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;

  describe(`Deployer conformance: ${name}`, { timeout: options.testTimeoutMs ?? 20_000 }, () => {
    it('declares v1 and its provider id', () => {
      expect(deployer.specificationVersion).toBe('v1');
      expect(deployer.provider).not.toBe('');
    });

    it('builds and deploys a project, live only once /healthz and /openapi.json answer', async () => {
      const logged: string[] = [];
      const deployment = await deployer.deploy(await fixture({ name: 'conformance-api' }), {
        onLog: (line) => logged.push(line),
      });
      try {
        expect(deployment).toMatchObject({
          provider: deployer.provider,
          docsUrl: `${deployment.url}/docs`,
          openapiUrl: `${deployment.url}/openapi.json`,
        });
        expect(Number.isNaN(Date.parse(deployment.startedAt))).toBe(false);
        expect((await fetch(`${deployment.url}/healthz`)).status).toBe(200);
        expect(await getJson(deployment.openapiUrl)).toMatchObject({ info: { title: 'conformance-api' } });
        expect((await fetch(deployment.docsUrl)).status).toBe(200);
        expect(await getJson(`${deployment.url}/hello`)).toEqual({ name: 'conformance-api', built: true });
        expect(await deployer.status(deployment.id)).toBe('live');
        expect(logged).toContain('building');
        await expect.poll(() => deployer.logs(deployment.id)).toContain('serving conformance-api');
      } finally {
        await deployer.destroy(deployment.id);
      }
    });

    it('runs deployments side by side', async () => {
      const deployments: Deployment[] = [];
      try {
        for (const apiName of ['left-api', 'right-api']) {
          deployments.push(await deployer.deploy(await fixture({ name: apiName, build: false })));
        }
        const [left, right] = deployments as [Deployment, Deployment];
        expect(left.url).not.toBe(right.url);
        expect(left.id).not.toBe(right.id);
        expect(await getJson(`${left.url}/hello`)).toMatchObject({ name: 'left-api', built: false });
        expect(await getJson(`${right.url}/hello`)).toMatchObject({ name: 'right-api' });
      } finally {
        await Promise.all(deployments.map((deployment) => deployer.destroy(deployment.id)));
      }
    });

    it('fails a deploy whose build fails, with the build log tail', async () => {
      const project = await fixture();
      const broken = {
        ...project,
        build: { command: 'sh', args: ['-c', 'echo "error TS1005: expected ;" >&2; exit 2'] },
      };
      await expect(deployer.deploy(broken)).rejects.toMatchObject({
        code: 'deploy_failed',
        details: { logTail: expect.stringContaining('error TS1005') },
      });
    });

    it('reports a deployment it does not know as stopped, without logs', async () => {
      const unknown = 'never-deployed-0000';
      expect(await deployer.status(unknown)).toBe('stopped');
      expect(await deployer.logs(unknown)).toEqual([]);
      await deployer.destroy(unknown);
    });

    describe.skipIf(!deployer.update)('update (new versions behind the same URL)', () => {
      const update = (id: string, project: DeployableProject) => deployer.update!(id, project);

      it('switches the URL to the new version while a client keeps calling it, keeping the data', async () => {
        const deployment = await deployer.deploy(await fixture({ label: 'one', dataDir: true }));
        try {
          expect(await getJson(`${deployment.url}/visits`)).toEqual({ visits: 1 });
          const hammer = hammerUntil(`${deployment.url}/hello`);
          const updated = await update(deployment.id, await fixture({ label: 'two', dataDir: true }));
          const answers = await hammer.stop();
          expect(updated).toMatchObject({ id: deployment.id, url: deployment.url });
          expect(answers.failures).toEqual([]);
          expect(answers.labels).toContain('one');
          expect(await getJson(`${deployment.url}/hello`)).toMatchObject({ label: 'two' });
          expect(await getJson(`${deployment.url}/visits`)).toEqual({ visits: 2 });
          expect(await deployer.status(deployment.id)).toBe('live');
        } finally {
          await deployer.destroy(deployment.id);
        }
      });

      it('starts a version without a data folder beside the old one and switches without a failed call', async () => {
        const deployment = await deployer.deploy(await fixture({ label: 'one', build: false }));
        try {
          const hammer = hammerUntil(`${deployment.url}/hello`);
          await update(deployment.id, await fixture({ label: 'two', build: false }));
          expect((await hammer.stop()).failures).toEqual([]);
          expect(await getJson(`${deployment.url}/hello`)).toMatchObject({ label: 'two' });
        } finally {
          await deployer.destroy(deployment.id);
        }
      });

      it('keeps the old version serving when the new one fails to build', async () => {
        const deployment = await deployer.deploy(await fixture({ label: 'one', build: false }));
        try {
          const broken = {
            ...(await fixture({ label: 'two' })),
            build: { command: 'sh', args: ['-c', 'echo "cannot compile" >&2; exit 2'] },
          };
          await expect(update(deployment.id, broken)).rejects.toMatchObject({ code: 'deploy_failed' });
          expect(await getJson(`${deployment.url}/hello`)).toMatchObject({ label: 'one' });
        } finally {
          await deployer.destroy(deployment.id);
        }
      });

      it('serves the old version again, data kept, when the new one exits before it is healthy', async () => {
        const deployment = await deployer.deploy(await fixture({ label: 'one', dataDir: true }));
        try {
          expect(await getJson(`${deployment.url}/visits`)).toEqual({ visits: 1 });
          const crashing = {
            ...(await fixture({ label: 'two', dataDir: true })),
            start: { command: 'sh', args: ['-c', 'echo "missing module" >&2; exit 1'] },
          };
          await expect(update(deployment.id, crashing)).rejects.toMatchObject({
            code: 'deploy_failed',
            details: { logTail: expect.stringContaining('missing module') },
          });
          expect(await getJson(`${deployment.url}/hello`)).toMatchObject({ label: 'one' });
          expect(await getJson(`${deployment.url}/visits`)).toEqual({ visits: 2 });
          expect(await deployer.status(deployment.id)).toBe('live');
        } finally {
          await deployer.destroy(deployment.id);
        }
      });
    });

    it('stops a deployment on destroy, and destroy is idempotent', async () => {
      const deployment = await deployer.deploy(await fixture({ build: false }));
      await deployer.destroy(deployment.id);
      await deployer.destroy(deployment.id);
      expect(await deployer.status(deployment.id)).toBe('stopped');
      await expect(fetch(`${deployment.url}/healthz`)).rejects.toThrow();
    });
  });
}

/**
 * Calls `url` from four clients back to back until stopped; collects every failed call (a network
 * error or a status other than 200) and the labels the answers carried.
 */
function hammerUntil(url: string): { stop(): Promise<{ failures: string[]; labels: string[] }> } {
  let running = true;
  const failures: string[] = [];
  const labels = new Set<string>();
  const client = async () => {
    while (running) {
      try {
        const response = await fetch(url);
        const body = (await response.json()) as { label?: string };
        if (response.status !== 200) failures.push(`${response.status} ${JSON.stringify(body)}`);
        else if (body.label) labels.add(body.label);
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  const clients = Promise.all([client(), client(), client(), client()]);
  return {
    async stop() {
      running = false;
      await clients;
      return { failures, labels: [...labels] };
    },
  };
}
