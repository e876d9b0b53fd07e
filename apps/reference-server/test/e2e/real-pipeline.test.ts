import { describe, expect, it } from 'vitest';
import { stages } from '@smartapiforge/sdk';
import { as, collectWebSocket, serverOnFreshPglite, tokenFor } from '../harness.js';

// The one test that runs the SDK's default pipeline end to end: plan, build, test in the bubblewrap
// sandbox, deploy on 127.0.0.1, check the live API against its contract, then DELETE stops the
// deployment.
describe('the real default pipeline through the server', () => {
  const server = serverOnFreshPglite();

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

  it('gives the owner of a deployed JWT API, and only them, credentials and tokens the API accepts', async () => {
    const [token, stranger] = await Promise.all([tokenFor(), tokenFor()]);
    const accepted = await fetch(
      `${server.url}/v1/generate`,
      as(token, {
        method: 'POST',
        body: JSON.stringify({
          prompt:
            'Journal app: entries have a title and a body. Users log in and see only their own entries.',
          test: false,
        }),
      }),
    );
    expect(accepted.status).toBe(202);
    const { jobId } = (await accepted.json()) as { jobId: string };
    const last = (await collectWebSocket(server.url, jobId, token)).at(-1)!.event;
    expect(last.type).toBe('job-succeeded');
    const project = (await (
      await fetch(`${server.url}/v1/projects/${last.projectId}`, as(token))
    ).json()) as {
      deployment: { url: string };
      spec: { paths: Record<string, unknown> };
    };
    const list = Object.keys(project.spec.paths).find((p) => !p.includes('{') && p !== '/healthz')!;
    const call = (bearer?: string) =>
      fetch(
        `${project.deployment.url}${list}`,
        bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {},
      );
    expect((await call()).status).toBe(401);

    const credentials = await fetch(`${server.url}/v1/projects/${last.projectId}/credentials`, as(token));
    expect(credentials.status).toBe(200);
    const { type, tokens } = (await credentials.json()) as { type: string; tokens: string[] };
    expect(type).toBe('bearer-jwt');
    for (const given of tokens) expect((await call(given)).status).toBe(200);
    const minted = await fetch(
      `${server.url}/v1/projects/${last.projectId}/tokens`,
      as(token, { method: 'POST', body: '{}' }),
    );
    expect(minted.status).toBe(201);
    expect((await call(((await minted.json()) as { token: string }).token)).status).toBe(200);

    expect(
      (await fetch(`${server.url}/v1/projects/${last.projectId}/credentials`, as(stranger))).status,
    ).toBe(404);
    await fetch(`${server.url}/v1/projects/${last.projectId}`, as(token, { method: 'DELETE' }));
  });
});
