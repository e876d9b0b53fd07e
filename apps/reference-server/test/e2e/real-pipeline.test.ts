import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stages } from '@smartapiforge/sdk';
import { freshPglite, type TestDatabase } from '../databases.js';
import { collectWebSocket, startServer, tokenFor } from '../harness.js';

// The one test that runs the SDK's default pipeline end to end: plan, build, test in the bubblewrap
// sandbox, deploy on 127.0.0.1, check the live API against its contract, then DELETE stops the
// deployment.
describe('the real default pipeline through the server', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    t = await freshPglite();
    server = await startServer(t.db);
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('generates, tests and deploys a live API, streamed over WebSocket', async () => {
    const token = await tokenFor();
    const auth = { authorization: `Bearer ${token}` };
    const accepted = await fetch(`${server.url}/v1/generate`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        prompt:
          'A notes API: notes have a title and a body. Each note belongs to a folder. Folders have a name.',
      }),
    });
    expect(accepted.status).toBe(202);
    const { jobId } = (await accepted.json()) as { jobId: string };
    const events = await collectWebSocket(server.url, jobId, token);
    const ended = events.filter((e) => e.event.type === 'stage-end').map((e) => e.event.stage);
    // The job runs every stage of the SDK's pipeline, in order.
    expect(ended).toEqual([...stages]);
    const last = events.at(-1)!.event;
    expect(last.type).toBe('job-succeeded');

    const project = (await (
      await fetch(`${server.url}/v1/projects/${last.projectId}`, { headers: auth })
    ).json()) as {
      deployment: { url: string; docsUrl: string };
    };
    const live = await fetch(`${project.deployment.url}/healthz`);
    expect(live.status).toBe(200);

    expect(
      (await fetch(`${server.url}/v1/projects/${last.projectId}`, { method: 'DELETE', headers: auth }))
        .status,
    ).toBe(204);
    await expect(fetch(`${project.deployment.url}/healthz`)).rejects.toThrow();
  });
});
