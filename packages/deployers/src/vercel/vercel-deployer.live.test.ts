import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixtureProject } from '../testing/index.js';
import { createVercelDeployer } from './vercel-deployer.js';

/**
 * Against the real Vercel API; runs only with VERCEL_TOKEN set (VERCEL_TEAM_ID optional). The call
 * that needs no deploy checks the token and wire format; deploying a real API needs a scaffolded
 * project with its vercel.json, which the SDK's end-to-end tests cover.
 */
describe.skipIf(!process.env.VERCEL_TOKEN)('vercel deployer (live)', { timeout: 60_000 }, () => {
  const vercel = createVercelDeployer({ teamId: process.env.VERCEL_TEAM_ID });

  it('reports an unknown deployment as stopped', async () => {
    expect(await vercel.status('dpl_smartapiforgeLiveProbe')).toBe('stopped');
    expect(await vercel.logs('dpl_smartapiforgeLiveProbe')).toEqual([]);
  });

  it('fails a deployment whose build fails, with the build log tail, and removes it', async () => {
    const project = await writeFixtureProject(await mkdtemp(join(tmpdir(), 'vercel-live-')), {
      name: 'smartapiforge-live-probe',
    });
    const broken = {
      ...project,
      build: { command: 'sh', args: ['-c', 'echo "error TS1005: live probe" >&2; exit 2'] },
    };
    await expect(vercel.deploy(broken)).rejects.toMatchObject({
      code: 'deploy_failed',
      details: { logTail: expect.stringContaining('error TS1005') },
    });
  });
});
