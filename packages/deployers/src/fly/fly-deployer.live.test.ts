import { describe, expect, it } from 'vitest';
import { createFlyDeployer } from './fly-deployer.js';

/**
 * Against the real Fly.io APIs; runs only with FLY_API_TOKEN set. With FLY_TEST_IMAGE (a pushed image
 * of a scaffolded API) and FLY_ORG it also deploys, checks the URL and destroys the app again.
 */
describe.skipIf(!process.env.FLY_API_TOKEN)('fly deployer (live)', { timeout: 300_000 }, () => {
  const fly = createFlyDeployer({ image: process.env.FLY_TEST_IMAGE, org: process.env.FLY_ORG });

  it('reports an unknown machine as stopped', async () => {
    expect(await fly.status('smartapiforge-live-probe-none:0000000000')).toBe('stopped');
  });

  it.skipIf(!process.env.FLY_TEST_IMAGE)('deploys an image to a live https://<app>.fly.dev URL', async () => {
    const deployment = await fly.deploy({
      name: 'smartapiforge-live',
      dir: '.',
      stack: 'express',
      start: { command: 'node', args: ['dist/server.js'] },
    });
    try {
      expect(deployment.url).toMatch(/^https:\/\/smartapiforge-live-[0-9a-f]{8}\.fly\.dev$/);
      expect((await fetch(deployment.openapiUrl)).status).toBe(200);
      expect(await fly.status(deployment.id)).toBe('live');
    } finally {
      await fly.destroy(deployment.id);
    }
  });
});
