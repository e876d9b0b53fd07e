import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFastapiTools } from '../../test/support/serve-project.js';
import { runtimeSandboxArgs } from '../../test/support/runtime-sandbox.mjs';
import { ensureRuntimeImage } from '../runtime-image.js';
import { loadTemplates } from '../template-set.js';
import { runInSandbox } from '../../test/support/child-process.js';

// The generated projects' ReadBatch (app/read_batch.py), rendered from its template (it depends on
// nothing of the design) and tested by read_batch_test.py with the pytest of the Python runtime image,
// offline in the sandbox, as the projects' own suites run.
const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
let rootDir: string;

describe.skipIf(missingFastapiTools.length > 0)(
  'ReadBatch (generated FastAPI projects, app/read_batch.py)',
  () => {
    beforeAll(async () => {
      ({ rootDir } = await ensureRuntimeImage('python-fastapi'));
      const template = loadTemplates('./fastapi/templates').find(
        (item) => item.output === 'app/read_batch.py',
      );
      dir = await mkdtemp(path.join(tmpdir(), 'forge-read-batch-py-'));
      await writeFile(path.join(dir, 'read_batch.py'), template!.render({}));
      await copyFile(path.join(here, 'read_batch_test.py'), path.join(dir, 'read_batch_test.py'));
    }, 900_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('coalesces reads, keeps read-your-writes under any interleaving, and isolates errors and cancellations', async () => {
      const command = {
        command: 'python3',
        args: ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'read_batch_test.py'],
      };
      const { code, output } = await runInSandbox(runtimeSandboxArgs(rootDir, dir, command));
      expect(output).toMatch(/\b\d+ passed/);
      expect(output).not.toMatch(/failed|error/i);
      expect(code).toBe(0);
    }, 120_000);
  },
);
