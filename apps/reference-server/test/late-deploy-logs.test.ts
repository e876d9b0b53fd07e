import { createForge, type Forge, type ForgeEvent } from '@smartapiforge/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from './databases.js';
import { collectWebSocket, startServer, tokenFor } from './harness.js';

// A deployed API keeps logging through the progress callback of the step that deployed it, long
// after the job ended (a health probe's request log, say). Those lines must neither crash the server
// (an unhandled rejection from storing an event for a closed job) nor land after the final event.
describe('progress reported after a job ended', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  const late: ((event: ForgeEvent) => void)[] = [];
  const real = createForge();
  const forge: Forge = {
    ...real,
    generate: (input, options) => {
      if (options?.onProgress) late.push(options.onProgress);
      return real.generate(input, options);
    },
  };

  beforeAll(async () => {
    t = await freshPglite();
    server = await startServer(t.db, { forge });
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('drops them: the server keeps answering and the job ends with its final event', async () => {
    const token = await tokenFor();
    const accepted = await fetch(`${server.url}/v1/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        prompt: 'A notes API: notes have a title and a body.',
        test: false,
        deploy: false,
      }),
    });
    const { jobId } = (await accepted.json()) as { jobId: string };
    const streamed = await collectWebSocket(server.url, jobId, token);
    expect(streamed.at(-1)?.event.type).toBe('job-succeeded');
    expect(late.length).toBeGreaterThan(0);
    for (const onProgress of late) onProgress({ type: 'log', stage: 'scaffold', line: 'GET /healthz 200' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const job = await fetch(`${server.url}/v1/jobs/${jobId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(job.status).toBe(200);
    const replayed = await collectWebSocket(server.url, jobId, token);
    expect(replayed.map((e) => e.id)).toEqual(streamed.map((e) => e.id));
  });
});
