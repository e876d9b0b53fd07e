import { describe, expect, it } from 'vitest';
import { as, collectWebSocket, serverOnFreshPglite, tokenFor } from '../harness.js';

// A change request to a live API through the server: generate and deploy a pets API, add rows, then
// POST a change; the job's events stream to the end, the same URL serves the new version with the rows
// kept, and the project lists both versions with the classified diff.
describe('a change request to a live API through the server', () => {
  const server = serverOnFreshPglite();

  it('switches the live URL to 1.1.0 with the rows kept, and lists both versions', async () => {
    const token = await tokenFor();
    const post = (pathname: string, body: unknown) =>
      fetch(server.url + pathname, as(token, { method: 'POST', body: JSON.stringify(body) }));
    const generated = await post('/v1/generate', {
      prompt: 'A pets API: pets have a name and a species.',
      test: false,
    });
    expect(generated.status).toBe(202);
    const made = await collectWebSocket(
      server.url,
      ((await generated.json()) as { jobId: string }).jobId,
      token,
    );
    const done = made.at(-1)!.event;
    expect(done.type).toBe('job-succeeded');
    const projectId = done.projectId!;
    const project = async () =>
      (await (await fetch(`${server.url}/v1/projects/${projectId}`, as(token))).json()) as {
        deployment: { url: string };
        spec: { info: { version: string } };
      };
    const { url } = (await project()).deployment;
    for (const name of ['Rex', 'Tom', 'Nibbles']) {
      const created = await fetch(`${url}/pets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, species: 'dog' }),
      });
      expect(created.status).toBe(201);
    }

    const accepted = await post(`/v1/projects/${projectId}/changes`, {
      request: 'add an owner name to pets',
      test: false,
    });
    expect(accepted.status).toBe(202);
    const { jobId } = (await accepted.json()) as { jobId: string };
    const streamed = await collectWebSocket(server.url, jobId, token);
    const ended = streamed.filter((e) => e.event.type === 'stage-end').map((e) => e.event.stage);
    expect(ended).toEqual(
      expect.arrayContaining(['read', 'plan', 'diff', 'migrate', 'merge', 'write', 'deploy']),
    );
    expect(streamed.at(-1)!.event).toEqual({ type: 'job-succeeded', projectId });

    const after = await project();
    expect(after.deployment.url).toBe(url);
    expect(after.spec.info.version).toBe('1.1.0');
    const pets = (await (await fetch(`${url}/pets`)).json()) as unknown;
    const rows = (Array.isArray(pets) ? pets : (pets as { data: unknown[] }).data) as Record<
      string,
      unknown
    >[];
    // Generate's contract suite leaves a row of its own in the live data; the three made here are kept.
    expect(rows.map((pet) => pet.name)).toEqual(expect.arrayContaining(['Nibbles', 'Rex', 'Tom']));
    expect(rows.every((pet) => pet.owner_name === null || pet.owner_name === undefined)).toBe(true);
    const withOwner = await fetch(`${url}/pets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bella', species: 'cat', owner_name: 'Ada' }),
    });
    expect(withOwner.status).toBe(201);
    expect(((await withOwner.json()) as { owner_name: string }).owner_name).toBe('Ada');

    const { versions } = (await (
      await fetch(`${server.url}/v1/projects/${projectId}/versions`, as(token))
    ).json()) as {
      versions: {
        version: string;
        diff: { breaking: boolean; changes: { path: string; breaking: boolean }[] } | null;
      }[];
    };
    expect(versions.map((v) => v.version)).toEqual(['1.0.0', '1.1.0']);
    expect(versions[1]!.diff!.breaking).toBe(false);
    expect(versions[1]!.diff!.changes.some((c) => c.path.endsWith('/owner_name') && !c.breaking)).toBe(true);
  }, 300_000);
});
