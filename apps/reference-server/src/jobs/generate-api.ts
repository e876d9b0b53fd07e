import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Forge, ForgeEvent, GenerateResult, Stage } from '@smartapiforge/sdk';
import type { GenerateJobInput, Job, ProjectDeployment, Store } from '../store/store.js';

/** What a step receives: the job, earlier steps' outputs, and where to report progress. */
export interface StepContext {
  readonly job: Job;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly forge: Forge;
  readonly store: Store;
  /** The job's working folder for the SDK's outDir. */
  readonly outDir: string;
  readonly signal: AbortSignal;
  /** Receives the SDK's events for the stages this step owns. */
  readonly emit: (event: ForgeEvent) => void;
}

/** One durable step: its output is saved when it finishes, and a resumed job skips it. */
export interface StepDefinition {
  readonly id: string;
  /** The SDK stages whose events this step reports; events of other stages are dropped. */
  readonly stages: readonly Stage[];
  run(ctx: StepContext): Promise<unknown>;
}

interface DesignOutput {
  readonly design: unknown;
  /** What the planner inferred beyond the prompt; kept in the job's saved step beside the design. */
  readonly assumptions?: GenerateResult['assumptions'];
}
interface BuildOutput {
  readonly name: string;
  readonly openapi: Record<string, unknown>;
  readonly files: Record<string, string>;
  /** The project's own test run (counts, each test's outcome, timings); null when tests were off. */
  readonly test: Omit<NonNullable<GenerateResult['test']>, 'output'> | null;
}
type DeployOutput = ProjectDeployment | null;

/** The stage a result event (planned, spec, deployed, …) belongs to; stage-* events name theirs. */
const resultStage: Partial<Record<ForgeEvent['type'], Stage>> = {
  planned: 'plan',
  spec: 'validate',
  scaffolded: 'write',
  installing: 'dependencies',
  'test:result': 'test',
  deploying: 'deploy',
  deployed: 'deploy',
  'contract:result': 'contract',
};
const stageOf = (event: ForgeEvent): Stage | undefined =>
  'stage' in event ? event.stage : resultStage[event.type];

/**
 * SDK options for one step: always into the job's folder, overwriting what an interrupted attempt
 * left, and forwarding only the events of the stages the step owns (the SDK re-runs cheap stages such
 * as compile in later steps; reporting them twice would confuse watchers).
 */
const sdkOptions = (ctx: StepContext, stages: readonly Stage[]) => ({
  outDir: ctx.outDir,
  overwrite: true,
  signal: ctx.signal,
  onProgress: (event: ForgeEvent) => {
    const stage = stageOf(event);
    if (stage && stages.includes(stage)) ctx.emit(event);
  },
});

/** The project's files by relative path, as the project row keeps them. */
export async function readProjectFiles(
  result: Pick<GenerateResult, 'outDir' | 'files'>,
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    result.files.map(async (file) => [file, await readFile(path.join(result.outDir, file), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}

const design: StepDefinition = {
  id: 'design',
  stages: ['plan', 'compile', 'validate'],
  async run(ctx): Promise<DesignOutput> {
    const { prompt, design: given } = ctx.job.input as GenerateJobInput;
    const { onProgress, signal } = sdkOptions(ctx, design.stages);
    const spec = await ctx.forge.spec(given === undefined ? (prompt ?? '') : { design: given }, {
      onProgress,
      signal,
    });
    return { design: spec.design, assumptions: spec.assumptions };
  },
};

// The runner's full output stays out of the saved step: its lines were streamed as log events.
const withoutOutput = ({ output: _output, ...report }: NonNullable<GenerateResult['test']>) => report;

const build: StepDefinition = {
  id: 'build',
  stages: ['scaffold', 'write', 'dependencies', 'test'],
  async run(ctx): Promise<BuildOutput> {
    const { design: chosen } = ctx.outputs.design as DesignOutput;
    const result = await ctx.forge.generate(
      { design: chosen },
      {
        ...sdkOptions(ctx, build.stages),
        test: (ctx.job.input as GenerateJobInput).test,
        deploy: false,
      },
    );
    return {
      name: result.design.name,
      openapi: result.openapi,
      files: await readProjectFiles(result),
      test: result.test ? withoutOutput(result.test) : null,
    };
  },
};

const deploy: StepDefinition = {
  id: 'deploy',
  // The SDK checks the served API against its contract right after deploying it, in the same call.
  stages: ['deploy', 'contract'],
  async run(ctx): Promise<DeployOutput> {
    if (!(ctx.job.input as GenerateJobInput).deploy) {
      ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
      ctx.emit({ type: 'stage-skip', stage: 'contract', reason: 'nothing deployed' });
      return null;
    }
    const { design: chosen } = ctx.outputs.design as DesignOutput;
    const result = await ctx.forge.generate(
      { design: chosen },
      {
        ...sdkOptions(ctx, deploy.stages),
        test: false,
        deploy: true,
      },
    );
    if (!result.deployment) return null;
    // An API that requires auth runs with credentials made for this deployment: kept with the project
    // so that its owner (only: RLS) can get them and mint tokens for it.
    return { ...result.deployment, ...(result.credentials ? { credentials: result.credentials } : {}) };
  },
};

const save: StepDefinition = {
  id: 'save',
  stages: [],
  async run(ctx): Promise<{ projectId: string }> {
    const { design: chosen } = ctx.outputs.design as DesignOutput;
    const built = ctx.outputs.build as BuildOutput;
    const project = await ctx.store.saveProject(ctx.job.ownerId, {
      jobId: ctx.job.id,
      name: built.name,
      design: chosen,
      openapi: built.openapi,
      files: built.files,
      deployment: (ctx.outputs.deploy as DeployOutput) ?? null,
    });
    return { projectId: project.id };
  },
};

/** The steps of generate-api, in order; their ids are the step ids both executors memoise under. */
export const generateApiSteps = [design, build, deploy, save] as const;
