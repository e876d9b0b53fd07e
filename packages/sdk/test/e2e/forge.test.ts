import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { createForge, StageFailedError, stages, type ForgeEvent } from '../../src/index.js';

const prompt = 'A pet store API: pets have a name, a species and an age';
const library = {
  name: 'library',
  title: 'Library',
  resources: [{ name: 'book', plural: 'books', fields: [{ name: 'title', type: 'string', required: true }] }],
};
const forge = createForge();
afterAll(() => forge.close());

async function tempOut(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'forge-sdk-')), name);
}

describe('createForge().generate', () => {
  it('turns a prompt into a tested, live API whose contract and data round-trip', async () => {
    const outDir = await tempOut('pets');
    const generation = forge.generate(prompt, { outDir });
    const events: ForgeEvent[] = [];
    for await (const event of generation) events.push(event);
    const result = await generation;

    const finished = events.filter((event) => event.type === 'stage-end').map((event) => event.stage);
    // Every stage ran, in pipeline order.
    expect(finished).toEqual([...stages]);
    expect(finished.at(-1)).toBe('contract');
    expect(Object.keys(result.timings)).toEqual(finished);
    const milestones = events.filter((event) => !event.type.startsWith('stage-') && event.type !== 'log');
    expect(milestones.map((event) => event.type)).toEqual([
      'planned',
      'spec',
      'scaffolded',
      'installing',
      'test:result',
      'deploying',
      'deployed',
      'contract:result',
    ]);
    expect(result.contract?.failed).toBe(0);
    expect(result.contract?.passed).toBeGreaterThan(5);
    expect(result.test?.counts.failed).toBe(0);
    expect(result.test?.counts.passed).toBeGreaterThan(5);
    expect(result.test?.cases?.filter((test) => test.status === 'passed')).toHaveLength(
      result.test!.counts.passed,
    );
    // Each test by name, as the runner's JUnit report lists them, agreeing with the summary's counts.
    const cases = result.test?.cases ?? [];
    expect(cases.filter((test) => test.status === 'passed')).toHaveLength(result.test!.counts.passed);
    expect(cases.map((test) => test.name)).toContainEqual(
      expect.stringMatching(/^platform routes > reports health$/),
    );
    expect(await readFile(result.specPath, 'utf8')).toMatch(/^openapi: 3\.1\.0$/m);
    expect(result.files).toContain('src/app.ts');
    // The local deployer is given the build made here and starts no build of its own.
    const deployLog = events.flatMap((event) =>
      event.type === 'log' && event.stage === 'deploy' ? [event.line] : [],
    );
    expect(deployLog).toContainEqual(expect.stringMatching(/^\[deployer\] build: made ahead \(\d+ files\)$/));

    const url = result.deployment!.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const contract = (await (await fetch(result.deployment!.openapiUrl)).json()) as { openapi: string };
    expect(contract.openapi).toBe('3.1.0');

    const created = await fetch(`${url}/pets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Rex', species: 'dog', age: 3 }),
    });
    expect(created.status).toBe(201);
    const pet = (await created.json()) as { id: string };
    const fetched = await fetch(`${url}/pets/${pet.id}`);
    expect(await fetched.json()).toMatchObject({ id: pet.id, name: 'Rex', species: 'dog', age: 3 });

    const docs = await fetch(result.deployment!.docsUrl);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger-ui/i);
  });

  it("serves an API that requires sign-in with fresh credentials, and keeps each user's rows private", async () => {
    const result = await forge.generate(
      'A notes API where users sign in and keep their own private notes: notes have a title and a body',
      { outDir: await tempOut('notes') },
    );
    expect(result.design.auth.type).toBe('bearer-jwt');
    expect(result.contract?.failed).toBe(0);
    const [alice, bob] = result.credentials!.tokens;
    const url = result.deployment!.url;
    expect((await fetch(`${url}/notes`)).status).toBe(401);

    const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    const created = await fetch(`${url}/notes`, {
      method: 'POST',
      headers: as(alice),
      body: JSON.stringify({ title: 'Secret plans', body: 'Only mine' }),
    });
    expect(created.status).toBe(201);
    const note = (await created.json()) as { id: string };
    expect((await fetch(`${url}/notes/${note.id}`, { headers: as(alice) })).status).toBe(200);
    expect((await fetch(`${url}/notes/${note.id}`, { headers: as(bob) })).status).toBe(404);
    const bobsList = (await (await fetch(`${url}/notes`, { headers: as(bob) })).json()) as {
      data: unknown[];
    };
    expect(bobsList.data).toEqual([]);
  });

  it('serves with a rate limit when asked, and the contract stage proves the 429', async () => {
    const result = await forge.generate(
      { design: library },
      { outDir: await tempOut('limited'), test: false, rateLimit: { requests: 500, windowSeconds: 600 } },
    );
    const limitCase = result.contract!.cases.find((check) => check.name.includes('429'));
    expect(limitCase?.status).toBe('passed');
    const refused = await fetch(`${result.deployment!.url}/books`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('refuses a rate limit it cannot serve before doing anything', async () => {
    await expect(
      forge.generate({ design: library }, { outDir: await tempOut('unlimited'), rateLimit: { requests: 0 } }),
    ).rejects.toMatchObject({ code: 'invalid_option' });
  });

  it('does the same for a FastAPI project, tested and served inside the Python runtime image', async () => {
    const result = await forge.generate('A bookshop API: books have a title, an isbn (unique) and a price', {
      outDir: await tempOut('bookshop'),
      stack: 'fastapi',
    });
    expect(result.files).toContain('app/main.py');
    expect(result.test?.counts.failed).toBe(0);
    expect(result.test?.counts.passed).toBeGreaterThan(5);

    const url = result.deployment!.url;
    const served = (await (await fetch(result.deployment!.openapiUrl)).json()) as Record<string, unknown>;
    expect(served).toEqual(result.openapi);
    const created = await fetch(`${url}/books`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Dune', isbn: '9780441013593', price: 9.99 }),
    });
    expect(created.status).toBe(201);
    const book = (await created.json()) as { id: string };
    expect(await (await fetch(`${url}/books/${book.id}`)).json()).toMatchObject({
      title: 'Dune',
      price: 9.99,
    });
    const duplicate = await fetch(`${url}/books`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Dune again', isbn: '9780441013593', price: 1 }),
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('keeps what was produced and names the stage when the sandbox is unavailable', async () => {
    const broken = createForge({ sandbox: createBubblewrapSandbox({ bwrapPath: '/nonexistent/bwrap' }) });
    const outDir = await tempOut('pets');
    const failure = await broken.generate(prompt, { outDir, deploy: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StageFailedError);
    expect((failure as StageFailedError).stage).toBe('test');
    expect((failure as StageFailedError).message).toMatch(/apt-get install bubblewrap/);
    expect(existsSync(path.join(outDir, 'openapi.yaml'))).toBe(true);
    expect(existsSync(path.join(outDir, 'package.json'))).toBe(true);
  });

  it('builds from a design without planning, and skips test and deploy when asked', async () => {
    const events: ForgeEvent[] = [];
    const result = await forge.generate(
      { design: library },
      {
        outDir: await tempOut('library'),
        test: false,
        deploy: false,
        onProgress: (event) => events.push(event),
      },
    );
    expect(result.deployment).toBeUndefined();
    expect(events.filter((event) => event.type === 'stage-skip').map((event) => event.stage)).toEqual([
      'plan',
      'test',
      'deploy',
      'contract',
    ]);
    expect(await readFile(result.specPath, 'utf8')).toContain('/books/{id}');
  });

  it('stops after the contract with spec(), writing nothing', async () => {
    const spec = await forge.spec(prompt);
    expect(spec.design.resources.map((resource) => resource.name)).toEqual(['pet']);
    expect(spec.yaml).toMatch(/^openapi: 3\.1\.0$/m);
    expect(JSON.parse(spec.json)).toEqual(spec.openapi);
  });

  it('writes a project without testing or serving it with scaffold()', async () => {
    const outDir = await tempOut('library');
    const result = await forge.scaffold({ design: library }, { outDir });
    expect(result.files).toContain('openapi.yaml');
    expect(existsSync(path.join(outDir, 'src/app.ts'))).toBe(true);
  });

  it('rejects an invalid design with the design error as cause', async () => {
    const failure = await forge
      .generate(
        { design: { name: 'Bad Name!', title: 'x', resources: [] } },
        { outDir: await tempOut('bad') },
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StageFailedError);
    expect((failure as StageFailedError).details.causeCode).toBe('invalid_design');
  });
});
