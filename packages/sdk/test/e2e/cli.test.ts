import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The CLI is tested as users run it: the built bin, in a child process.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function run(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
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

  it('exits 2 with advice when nothing in the prompt is recognisable', async () => {
    const { code, stderr } = await run(['generate', 'hello there, how are you?', '--no-deploy']).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/forge generate "A pet store API/);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await run(['frobnicate']).done).code).toBe(2);
    expect((await run(['generate', 'x', '--bogus']).done).code).toBe(2);
  });

  it('prints one JSON line once live, keeps serving, and stops cleanly on SIGINT', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-cli-')), 'pets');
    const { child, done } = run([
      'generate',
      'A pet store API: pets have a name, a species and an age',
      '--json',
      '--out',
      outDir,
    ]);
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      void done.then(({ code, stderr }) => reject(new Error(`forge exited ${code}: ${stderr}`)));
    });
    const live = JSON.parse(firstLine) as Record<string, string>;
    expect(live).toMatchObject({ outDir, specPath: path.join(outDir, 'openapi.yaml') });

    const contract = (await (await fetch(`${live.url}/openapi.json`)).json()) as { openapi: string };
    expect(contract.openapi).toBe('3.1.0');
    expect((await fetch(live.docsUrl!)).status).toBe(200);

    child.kill('SIGINT');
    expect((await done).code).toBe(0);
    await expect(fetch(`${live.url}/healthz`)).rejects.toThrow();
  });
});
