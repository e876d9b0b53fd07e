import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Deployer, DeployableProject, Deployment, DeployOptions } from '@smartapiforge/deployers';
import type { SandboxHop, SandboxProvider } from '@smartapiforge/sandbox';
import type { LLMProviderV1 } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { createForge, StageFailedError, type ForgeEvent } from '../../src/index.js';

// The repair loop with the real pipeline: a scripted model plans, the real compiler, scaffolder and
// dependency cache run, and a fake sandbox decides whether the generated tests pass.
const name = { name: 'name', type: 'string', required: true };
const firstDesign = {
  name: 'pet-store',
  title: 'Pet Store',
  resources: [
    { name: 'pet', plural: 'pets', fields: [name] },
    { name: 'owner', plural: 'owners', fields: [name] },
  ],
};
const repairedDesign = {
  name: 'pet-store',
  title: 'Pet Store',
  resources: [{ name: 'pet', plural: 'pets', fields: [name, { name: 'nickname', type: 'string' }] }],
};
const prompt = 'A pet store API: pets have a name and a nickname';

/** A model that answers with each design in turn, repeating the last; it records every request. */
function scriptedModel(...designs: object[]): LLMProviderV1 & { prompts: string[] } {
  const prompts: string[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted-1',
    prompts,
    async generateObject({ prompt: message }) {
      prompts.push(message);
      const object = designs[Math.min(prompts.length, designs.length) - 1];
      return { object, text: JSON.stringify(object), usage: {}, modelId: 'scripted-1' };
    },
  };
}

/**
 * Passes the generated tests only for a project whose contract has a nickname; every sandbox reports
 * that it was made after E2B was unavailable, as a chain's would.
 */
function judgingSandbox(): SandboxProvider & { testRuns: number } {
  const hops: SandboxHop[] = [
    { provider: 'e2b', code: 'sandbox_unavailable', message: 'no key', ms: 3 },
    { provider: 'judge', ms: 1 },
  ];
  const provider = {
    specificationVersion: 'v1' as const,
    provider: 'judge',
    capabilities: { network: false, ports: false, limits: 'none' },
    testRuns: 0,
    async create() {
      let contract = '';
      return {
        id: 'judge-1',
        hops,
        async writeFiles(files: Readonly<Record<string, string | Uint8Array>>) {
          contract = String(files['openapi.yaml']);
        },
        // The runner's JUnit report, as the passing run above would write it.
        async readFile(file: string): Promise<string> {
          if (!file.endsWith('junit.xml')) throw new Error(`not used: ${file}`);
          return '<testsuites><testsuite><testcase classname="test/pets.test.ts" name="/pets &gt; creates a pet" time="0.01"/></testsuite></testsuites>';
        },
        async exec(command: string, args: readonly string[]) {
          if (!args.includes('test/run-tests.mjs'))
            return { exitCode: 0, stdout: '', stderr: '', durationMs: 1 };
          provider.testRuns++;
          return contract.includes('nickname')
            ? { exitCode: 0, stdout: '# pass 4\n# fail 0\n', stderr: '', durationMs: 5 }
            : {
                exitCode: 1,
                stdout: 'not ok 3 - GET /pets returns a nickname\n# pass 3\n# fail 1\n',
                stderr: '',
                durationMs: 5,
              };
        },
        async spawn(): Promise<never> {
          throw new Error('not used');
        },
        async exposePort(): Promise<never> {
          throw new Error('not used');
        },
        async destroy() {},
      };
    },
  };
  return provider;
}

const tempOut = async () => path.join(await mkdtemp(path.join(tmpdir(), 'forge-repair-')), 'pets');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('repair loop', () => {
  it('feeds failing generated tests back to the model and succeeds with its revised design', async () => {
    const model = scriptedModel(firstDesign, repairedDesign);
    const sandbox = judgingSandbox();
    const forge = createForge({ llm: model, sandbox });
    const outDir = await tempOut();
    const events: ForgeEvent[] = [];
    const result = await forge.generate(prompt, {
      outDir,
      deploy: false,
      onProgress: (event) => events.push(event),
    });

    expect(sandbox.testRuns).toBe(2);
    expect(result.test?.counts).toEqual({ passed: 4, failed: 0, skipped: 0 });
    expect(result.design.resources.map((resource) => resource.name)).toEqual(['pet']);
    expect(result.repairs).toMatchObject([{ attempt: 1, stage: 'test', planner: 'llm:scripted' }]);
    expect(result.repairs[0]!.failures).toContain('not ok 3 - GET /pets returns a nickname');
    // The model saw its own design and the failing test.
    expect(model.prompts[1]).toContain('"owners"');
    expect(model.prompts[1]).toContain('not ok 3 - GET /pets returns a nickname');
    expect(events.filter((event) => event.type === 'repair')).toMatchObject([
      { attempt: 1, stage: 'test', attempted: true },
    ]);
    expect(events.filter((event) => event.type === 'planned')).toHaveLength(2);
    // The first design's owner files are gone from the folder the repaired project was written to.
    expect(result.outDir).toBe(outDir);
    expect((await listFiles(outDir)).filter((file) => file.includes('owner'))).toEqual([]);
    expect(result.providerHops.sandbox.map((hop) => hop.provider)).toEqual(['e2b', 'judge', 'e2b', 'judge']);
    expect(result.providerHops.llm).toMatchObject([{ planner: 'llm:scripted', ok: true }]);

    const record = await forge.store.getGeneration(result.id);
    expect(record).toMatchObject({
      status: 'succeeded',
      input: { prompt },
      design: { resources: [{ name: 'pet' }] },
      test: { passed: 4, failed: 0 },
      repairs: [{ attempt: 1, stage: 'test' }],
    });
    expect(record?.files?.['openapi.yaml']).toContain('nickname');
    expect(Object.keys(record?.files ?? {}).filter((file) => file.includes('owner'))).toEqual([]);
  });

  it('fails with the typed error and the failures when repairs are off, keeping what was produced', async () => {
    const model = scriptedModel(firstDesign, repairedDesign);
    const forge = createForge({ llm: model, sandbox: judgingSandbox() });
    const outDir = await tempOut();
    const generation = forge.generate(prompt, { outDir, deploy: false, maxRepairs: 0 });
    const failure = (await generation.catch((error: unknown) => error)) as StageFailedError;
    expect(failure).toBeInstanceOf(StageFailedError);
    expect(failure.stage).toBe('test');
    expect(failure.details.causeCode).toBe('project_tests_failed');
    expect(failure.message).toMatch(/repairs are off \(maxRepairs: 0\)/);
    expect(failure.failures).toContain('not ok 3 - GET /pets returns a nickname');
    expect(failure.repairs).toEqual([]);
    expect(model.prompts).toHaveLength(1);
    expect(existsSync(path.join(outDir, 'openapi.yaml'))).toBe(true);

    const record = await forge.store.getGeneration(generation.id);
    expect(record).toMatchObject({
      status: 'failed',
      design: { name: 'pet-store' },
      outDir,
      error: { stage: 'test', code: 'project_tests_failed' },
    });
    expect(record?.openapi).toMatchObject({ openapi: '3.1.0' });
    expect(record?.files).toHaveProperty('openapi.yaml');
    expect(record?.error?.failures).toContain('not ok 3 - GET /pets returns a nickname');
  });

  it('stops after maxRepairs when the model keeps answering with a failing design', async () => {
    const model = scriptedModel(firstDesign);
    const sandbox = judgingSandbox();
    const forge = createForge({ llm: model, sandbox });
    const failure = (await forge
      .generate(prompt, { outDir: await tempOut(), deploy: false, maxRepairs: 2 })
      .catch((error: unknown) => error)) as StageFailedError;
    expect(sandbox.testRuns).toBe(3);
    expect(model.prompts).toHaveLength(3);
    expect(failure.repairs.map((repair) => repair.attempt)).toEqual([1, 2]);
    expect(failure.message).toMatch(/Gave up after 2 repairs/);
  });

  it('reports why the embedded planner does not repair, instead of planning the same design again', async () => {
    const forge = createForge({ sandbox: judgingSandbox() });
    const events: ForgeEvent[] = [];
    const failure = (await forge
      .generate('A pet store API: pets have a name', {
        outDir: await tempOut(),
        deploy: false,
        onProgress: (event) => events.push(event),
      })
      .catch((error: unknown) => error)) as StageFailedError;
    expect(events.filter((event) => event.type === 'planned')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'repair')).toMatchObject([
      {
        attempt: 1,
        stage: 'test',
        attempted: false,
        reason: expect.stringMatching(/embedded planner is deterministic/),
      },
    ]);
    expect(failure.message).toMatch(/Rephrase the prompt, or plan with a model/);
    expect(failure.failures).toContain('not ok 3 - GET /pets returns a nickname');
  });

  it('deploys while the tests run, and withdraws each design whose tests fail before anyone sees it', async () => {
    const deployer = recordingDeployer();
    const forge = createForge({ llm: scriptedModel(firstDesign), sandbox: judgingSandbox(), deployer });
    const events: ForgeEvent[] = [];
    const failure = (await forge
      .generate(prompt, { outDir: await tempOut(), maxRepairs: 1, onProgress: (event) => events.push(event) })
      .catch((error: unknown) => error)) as StageFailedError;
    expect(failure.stage).toBe('test');
    // Each round's project went to the deployer beside its tests, and none of them is left running.
    expect(deployer.deploys).toBe(2);
    expect(deployer.live()).toEqual([]);
    // Nothing of a withdrawn release is reported: no deploy stage, no URL, no error of its own.
    const deployEvents = events.filter(
      (event) =>
        ('stage' in event && ['deploy', 'contract'].includes(event.stage)) || event.type.startsWith('deploy'),
    );
    expect(deployEvents).toEqual([]);
  });
});

/**
 * A deployer that serves nothing (its URL refuses connections), honours aborts, and records which of
 * its deployments are still up.
 */
function recordingDeployer(): Deployer & { deploys: number; live(): string[] } {
  const up = new Set<string>();
  const deployer = {
    specificationVersion: 'v1' as const,
    provider: 'recording',
    deploys: 0,
    live: () => [...up],
    async deploy(project: DeployableProject, options: DeployOptions = {}): Promise<Deployment> {
      options.signal?.throwIfAborted();
      deployer.deploys++;
      const id = `${project.name}-${deployer.deploys}`;
      up.add(id);
      const url = 'http://127.0.0.1:9';
      return {
        id,
        url,
        docsUrl: `${url}/docs`,
        openapiUrl: `${url}/openapi.json`,
        provider: 'recording',
        startedAt: new Date().toISOString(),
      };
    },
    status: async (id: string) => (up.has(id) ? ('live' as const) : ('stopped' as const)),
    logs: async () => [],
    async destroy(id: string) {
      up.delete(id);
    },
  };
  return deployer;
}
