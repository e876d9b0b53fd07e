import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { createForge, StageFailedError, type ForgeEvent } from '../../src/index.js';

const prompt = 'A pet store API: pets have a name, a species and an age';
const forge = createForge();
afterAll(() => forge.close());

async function tempOut(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'forge-sdk-')), name);
}

describe('createForge().generate', () => {
  it('turns a prompt into a tested, live API whose contract and data round-trip', async () => {
    const events: ForgeEvent[] = [];
    const outDir = await tempOut('pets');
    const result = await forge.generate(prompt, { outDir, onProgress: (event) => events.push(event) });

    const finished = events.filter((event) => event.type === 'stage-end').map((event) => event.stage);
    expect(finished).toEqual(['plan', 'compile', 'validate', 'scaffold', 'write', 'dependencies', 'test', 'deploy']);
    expect(result.test?.passed).toBe(true);
    expect(await readFile(result.specPath, 'utf8')).toMatch(/^openapi: 3\.1\.0$/m);
    expect(result.files).toContain('src/app.ts');

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
    const result = await forge.generateFromDesign(
      {
        name: 'library',
        title: 'Library',
        resources: [{ name: 'book', plural: 'books', fields: [{ name: 'title', type: 'string', required: true }] }],
      },
      { outDir: await tempOut('library'), test: false, deploy: false, onProgress: (event) => events.push(event) },
    );
    expect(result.deployment).toBeUndefined();
    expect(events.filter((event) => event.type === 'stage-skip').map((event) => event.stage)).toEqual([
      'plan',
      'test',
      'deploy',
    ]);
    expect(await readFile(result.specPath, 'utf8')).toContain('/books/{id}');
  });

  it('rejects an invalid design with the design error as cause', async () => {
    const failure = await forge
      .generateFromDesign({ name: 'Bad Name!', title: 'x', resources: [] }, { outDir: await tempOut('bad') })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StageFailedError);
    expect((failure as StageFailedError).details.causeCode).toBe('invalid_design');
  });
});
