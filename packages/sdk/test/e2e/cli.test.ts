import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The CLI is tested as users run it: the built bin, in a child process.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const prompt = 'A pet store API: pets have a name, a species and an age';
let stateDir: string;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'forge-state-'));
});

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SMARTAPIFORGE_STATE_DIR: stateDir, VERCEL_TOKEN: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

describe('forge CLI', () => {
  it('exits 2 with advice on an empty prompt', async () => {
    const { code, stderr } = await run(['generate', '']).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/prompt is empty/);
    expect(stderr).toMatch(/forge generate "A pet store API/);
  });

  it('exits 2 with advice, and a JSON failure line, when nothing in the prompt is recognisable', async () => {
    const { code, stdout, stderr } = await run(['generate', 'hello there, how are you?', '--json']).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/forge generate "A pet store API/);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      stage: 'plan',
      error: { code: 'prompt_unrecognised' },
    });
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await run(['frobnicate']).done).code).toBe(2);
    expect((await run(['generate', 'x', '--bogus']).done).code).toBe(2);
  });

  it('shows every option and examples with --help', async () => {
    const { code, stdout } = await run(['--help']).done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/--max-repairs N/);
    expect(stdout).toMatch(/--store DIR/);
    expect(stdout).toMatch(/Examples:\n {2}forge generate "/);
  });

  it('exits 2 on a --max-repairs that is not a whole number', async () => {
    const { code, stderr } = await run(['generate', prompt, '--max-repairs', 'lots']).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/--max-repairs must be a whole number/);
  });

  it('keeps the generation as JSON in the --store folder', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'forge-cli-'));
    const storeDir = path.join(work, 'generations');
    const args = ['generate', prompt, '--no-test', '--no-deploy', '--json', '--out', path.join(work, 'pets')];
    const { code, stdout } = await run([...args, '--store', storeDir]).done;
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { id: string; repairs: unknown[]; hops: { llm: unknown[] } };
    expect(summary.repairs).toEqual([]);
    expect(summary.hops).toEqual({ llm: [], sandbox: [], deployer: [] });
    const record = JSON.parse(await readFile(path.join(storeDir, `${summary.id}.json`), 'utf8')) as {
      status: string;
      design: { name: string };
      files: Record<string, string>;
    };
    expect(record.status).toBe('succeeded');
    expect(record.design.name).toBe('pet-store');
    expect(record.files['openapi.yaml']).toMatch(/^openapi: 3\.1\.0$/m);
  });

  it('prints the contract alone with `forge spec`', async () => {
    const yaml = await run(['spec', prompt]).done;
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^openapi: 3\.1\.0$/m);
    const asJson = await run(['spec', prompt, '--format', 'json']).done;
    expect((JSON.parse(asJson.stdout) as { openapi: string }).openapi).toBe('3.1.0');
    const json = await run(['spec', prompt, '--json']).done;
    const parsed = JSON.parse(json.stdout) as { design: { name: string }; spec: { openapi: string } };
    expect(parsed.design.name).toBe('pet-store');
    expect(parsed.spec.openapi).toBe('3.1.0');
  });

  it('prints one JSON line once live, lists the deployment, and stops when asked', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-cli-')), 'pets');
    const serving = run(['generate', prompt, '--json', '--out', outDir]);
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: serving.child.stdout! }).once('line', resolve);
      void serving.done.then(({ code, stderr }) => reject(new Error(`forge exited ${code}: ${stderr}`)));
    });
    const live = JSON.parse(firstLine) as {
      ok: boolean;
      url: string;
      docsUrl: string;
      tests: { passed: number; failed: number };
      deployment: { url: string };
      timings: Record<string, number>;
    };
    expect(live).toMatchObject({ ok: true, outDir, specPath: path.join(outDir, 'openapi.yaml') });
    expect(live.tests.failed).toBe(0);
    expect(live.deployment.url).toBe(live.url);
    expect(Object.keys(live.timings)).toContain('deploy');

    const contract = (await (await fetch(`${live.url}/openapi.json`)).json()) as { openapi: string };
    expect(contract.openapi).toBe('3.1.0');
    expect((await fetch(live.docsUrl)).status).toBe(200);

    const listed = JSON.parse((await run(['deployments', 'ls', '--json']).done).stdout) as { url: string }[];
    expect(listed.map((entry) => entry.url)).toEqual([live.url]);

    expect((await run(['deployments', 'stop', 'pet-store']).done).code).toBe(0);
    expect((await serving.done).code).toBe(0);
    await expect(fetch(`${live.url}/healthz`)).rejects.toThrow();
    expect(JSON.parse((await run(['deployments', 'ls', '--json']).done).stdout)).toEqual([]);
  });

  it('changes a served API from another terminal: one JSON line, same URL, rows kept, no failed call', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-cli-')), 'pets');
    const serving = run(['generate', prompt, '--json', '--no-test', '--out', outDir]);
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: serving.child.stdout! }).once('line', resolve);
      void serving.done.then(({ code, stderr }) => reject(new Error(`forge exited ${code}: ${stderr}`)));
    });
    const { url } = JSON.parse(firstLine) as { url: string };
    for (const name of ['Rex', 'Tom', 'Kiwi']) {
      const created = await fetch(`${url}/pets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, species: 'dog', age: 3 }),
      });
      expect(created.status).toBe(201);
    }
    const request = 'add an owner name and a vaccinated flag to pets';

    const dry = await run(['change', outDir, request, '--json', '--dry-run']).done;
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, applied: false, version: '1.1.0' });
    const refused = await run(['change', outDir, 'drop the age field from pets', '--json']).done;
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      ok: false,
      error: { code: 'breaking_change_refused' },
    });

    let calling = true;
    const failures: string[] = [];
    const client = (async () => {
      while (calling) {
        const answer = await fetch(`${url}/pets`).catch((error: unknown) => error as Error);
        if (answer instanceof Error) failures.push(answer.message);
        else if (answer.status !== 200) failures.push(String(answer.status));
        else await answer.body?.cancel();
      }
    })();
    const changed = await run(['change', outDir, request, '--json']).done;
    calling = false;
    await client;
    expect(changed.code, changed.stderr).toBe(0);
    const lines = changed.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as {
      ok: boolean;
      version: string;
      diff: { breaking: boolean; changes: { path: string; kind: string; breaking: boolean }[] };
      migration: string;
      conflicts: unknown[];
      deployment: { url: string; docsUrl: string };
      timings: Record<string, number>;
    };
    expect(result).toMatchObject({ ok: true, version: '1.1.0', conflicts: [], deployment: { url } });
    expect(result.diff.breaking).toBe(false);
    expect(result.diff.changes).toContainEqual({
      path: expect.stringContaining('owner_name'),
      kind: 'property-added',
      breaking: false,
    });
    expect(result.migration).toMatch(/^migrations\/\d{3}_\w+\.sql$/);
    expect(Object.keys(result.timings)).toEqual(
      expect.arrayContaining(['plan', 'diff', 'merge', 'test', 'deploy']),
    );
    expect(failures).toEqual([]);

    const listed = (await (await fetch(`${url}/pets`)).json()) as { data: Record<string, unknown>[] };
    const ours = listed.data.filter((pet) => ['Kiwi', 'Rex', 'Tom'].includes(pet.name as string));
    expect(ours).toHaveLength(3);
    for (const pet of ours) expect(pet).toMatchObject({ owner_name: null, vaccinated: null });
    const created = await fetch(`${url}/pets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Max', species: 'cat', age: 2, owner_name: 'Ann', vaccinated: true }),
    });
    expect(await created.json()).toMatchObject({ owner_name: 'Ann', vaccinated: true });

    serving.child.kill('SIGTERM');
    expect((await serving.done).code).toBe(0);
  });

  it('exits 2 on an unknown adapter name, and 1 with what to set when a cloud deployer has no token', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-cli-')), 'pets');
    const unknown = await run(['generate', prompt, '--no-test', '--deployer', 'heroku', '--out', outDir])
      .done;
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown deployer "heroku".*local, vercel, fly/);

    const noToken = await run([
      'generate',
      prompt,
      '--no-test',
      '--deployer',
      'vercel',
      '--force',
      '--out',
      outDir,
    ]).done;
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/VERCEL_TOKEN/);
    expect(existsSync(path.join(outDir, 'openapi.yaml'))).toBe(true);
  });

  it('exits 2 when asked to stop a deployment that is not running', async () => {
    const { code, stderr } = await run(['deployments', 'stop', 'nothing-here']).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/forge deployments ls/);
  });
});
