import path from 'node:path';
import type { Deployer, Deployment } from '@smartapiforge/deployers';
import type { SandboxProvider } from '@smartapiforge/sandbox';
import {
  prepareProjectRuntime,
  scaffoldProject,
  type GeneratedProject,
  type ProjectRuntime,
  type Stack,
} from '@smartapiforge/scaffolders';
import {
  compileOpenApi,
  createEmbeddedPlanner,
  parseDesign,
  toJson,
  toYaml,
  validateOpenApi,
  type ApiDesign,
  type Planner,
} from '@smartapiforge/spec-engine';
import { resolveDeployer, resolveSandbox, type DeployerChoice, type SandboxChoice } from './adapters.js';
import type { ForgeEvent } from './events.js';
import { Generation } from './generation.js';
import { prepareOutputDir, writeProjectFiles } from './output-dir.js';
import { runStage, type StageContext } from './run-stage.js';
import { testInSandbox, type ProjectTestReport } from './test-in-sandbox.js';

export interface ForgeSettings {
  /** Turns prompts into designs; defaults to the embedded planner (no model, no network). */
  readonly planner?: Planner;
  /**
   * Where generated code runs: an instance, a name (`local` bubblewrap — the default —, `e2b`,
   * `northflank`), or names to try in order.
   */
  readonly sandbox?: SandboxChoice;
  /**
   * Where generated APIs go live: an instance, a name (`local` on 127.0.0.1 — the default —, `vercel`,
   * `fly`), or names to try in order (e.g. `['vercel', 'fly']`, the hops are reported).
   */
  readonly deployer?: DeployerChoice;
  /** Folder for the dependency cache shared by generated projects. */
  readonly cacheDir?: string;
  /** Extra attempts for stages that fail with a retryable error (timeouts, busy ports). Default 1. */
  readonly retries?: number;
}

/** What to build from: a plain-language prompt, or an existing design (planning is skipped). */
export type GenerateInput = string | { readonly design: unknown };

export interface GenerateOptions {
  /** The generated project's stack (default `express`). */
  readonly stack?: Stack;
  /** Folder for the project; defaults to `./<api-name>` in the current directory. */
  readonly outDir?: string;
  /** Replace the contents of a non-empty outDir. */
  readonly overwrite?: boolean;
  /** Run the project's generated tests in the sandbox (default true). */
  readonly test?: boolean;
  /** Serve the project and return its live URL (default true). */
  readonly deploy?: boolean;
  readonly signal?: AbortSignal;
  /** Receives each progress event as it happens (iterating the returned generation works too). */
  readonly onProgress?: (event: ForgeEvent) => void;
}

/** The contract for a design: the design itself and its OpenAPI 3.1 document in both encodings. */
export interface SpecResult {
  readonly design: ApiDesign;
  readonly openapi: Record<string, unknown>;
  readonly yaml: string;
  readonly json: string;
}

export interface ScaffoldResult extends SpecResult {
  readonly outDir: string;
  /** The OpenAPI 3.1 contract, as YAML, inside outDir. */
  readonly specPath: string;
  /** Relative paths of every file written. */
  readonly files: readonly string[];
}

export interface GenerateResult extends ScaffoldResult {
  readonly test?: ProjectTestReport;
  readonly deployment?: Deployment;
  /** Milliseconds per stage that ran. */
  readonly timings: Readonly<Record<string, number>>;
}

export interface Forge {
  /**
   * Prompt (or design) → OpenAPI 3.1 → project → tested in the sandbox → live URL. Await the returned
   * generation for the result, or iterate it for progress events.
   */
  generate(input: GenerateInput, options?: GenerateOptions): Generation<GenerateResult>;
  /** Stops after the contract: plans (for a prompt), compiles and validates; writes nothing. */
  spec(input: GenerateInput, options?: Pick<GenerateOptions, 'signal' | 'onProgress'>): Promise<SpecResult>;
  /** Writes the project for a prompt or design without testing or serving it. */
  scaffold(input: GenerateInput, options?: Omit<GenerateOptions, 'test' | 'deploy'>): Promise<ScaffoldResult>;
  /** Stops one deployment made by this forge. */
  stop(deploymentId: string): Promise<void>;
  /** Stops every deployment made by this forge. */
  close(): Promise<void>;
}

/** Creates the pipeline with embedded, offline defaults for every stage. */
export function createForge(settings: ForgeSettings = {}): Forge {
  const planner = settings.planner ?? createEmbeddedPlanner();
  // Adapters are resolved on first use, so a forge that only writes specs loads no runtime adapters.
  let sandbox: Promise<SandboxProvider> | undefined;
  let deployer: Promise<Deployer> | undefined;
  const sandboxProvider = () => (sandbox ??= resolveSandbox(settings.sandbox));
  const deployerFor = () => (deployer ??= resolveDeployer(settings.deployer, sandboxProvider));
  const deployments = new Set<string>();

  const contextFor = (emit: (event: ForgeEvent) => void, signal: AbortSignal | undefined): StageContext => ({
    emit,
    signal,
    retries: settings.retries ?? 1,
    outDir: undefined,
  });

  async function specFor(ctx: StageContext, input: GenerateInput): Promise<SpecResult> {
    let designInput: unknown;
    if (typeof input === 'string') {
      const plan = await runStage(ctx, 'plan', () =>
        planner.plan(input, ctx.signal === undefined ? {} : { signal: ctx.signal }),
      );
      ctx.emit({ type: 'planned', design: plan.design, planner: plan.planner, warnings: plan.warnings });
      designInput = plan.design;
    } else {
      ctx.emit({ type: 'stage-skip', stage: 'plan', reason: 'design given' });
      designInput = input.design;
    }
    const compiled = await runStage(ctx, 'compile', () => {
      const design = parseDesign(designInput);
      return { design, openapi: compileOpenApi(design) as unknown as Record<string, unknown> };
    });
    await runStage(ctx, 'validate', () => validateOpenApi(compiled.openapi));
    ctx.emit({ type: 'spec', openapi: compiled.openapi, operations: countOperations(compiled.openapi) });
    return { ...compiled, yaml: toYaml(compiled.openapi), json: toJson(compiled.openapi) };
  }

  async function scaffoldFor(
    ctx: StageContext,
    input: GenerateInput,
    options: Pick<GenerateOptions, 'outDir' | 'overwrite' | 'stack'>,
  ): Promise<ScaffoldResult & { project: GeneratedProject; contents: Record<string, string> }> {
    const spec = await specFor(ctx, input);
    const project = await runStage(ctx, 'scaffold', () =>
      scaffoldProject(options.stack ?? 'express', spec.design, spec.openapi),
    );
    const outDir = path.resolve(options.outDir ?? spec.design.name);
    const contents = { ...project.files, 'openapi.yaml': spec.yaml };
    await runStage(ctx, 'write', async () => {
      await prepareOutputDir(outDir, options.overwrite ?? false);
      ctx.outDir = outDir;
      await writeProjectFiles(outDir, contents);
    });
    const files = Object.keys(contents).sort();
    ctx.emit({ type: 'scaffolded', stack: project.stack, outDir, files });
    return { ...spec, outDir, specPath: path.join(outDir, 'openapi.yaml'), files, project, contents };
  }

  async function prepareRuntime(ctx: StageContext, project: GeneratedProject): Promise<ProjectRuntime> {
    const runtime = await runStage(ctx, 'dependencies', () =>
      prepareProjectRuntime(project.dependencyRecipe, {
        ...(settings.cacheDir === undefined ? {} : { cacheDir: settings.cacheDir }),
        ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
        onLog: (line) => ctx.emit({ type: 'log', stage: 'dependencies', line }),
      }),
    );
    ctx.emit({ type: 'installing', recipe: project.dependencyRecipe, fromCache: runtime.fromCache });
    return runtime;
  }

  async function generate(
    ctx: StageContext,
    input: GenerateInput,
    options: GenerateOptions,
  ): Promise<Omit<GenerateResult, 'timings'>> {
    const { project, contents, ...scaffolded } = await scaffoldFor(ctx, input, options);
    const wantsTest = options.test !== false;
    const wantsDeploy = options.deploy !== false;
    const runtime: ProjectRuntime =
      wantsTest || wantsDeploy ? await prepareRuntime(ctx, project) : { mounts: [], fromCache: true };

    let test: ProjectTestReport | undefined;
    if (!wantsTest) ctx.emit({ type: 'stage-skip', stage: 'test', reason: 'disabled' });
    else {
      test = await runStage(ctx, 'test', async () =>
        testInSandbox(await sandboxProvider(), project, contents, runtime, {
          signal: ctx.signal,
          onLine: (line) => ctx.emit({ type: 'log', stage: 'test', line }),
        }),
      );
      ctx.emit({ type: 'test:result', ...test.counts, durationMs: test.buildMs + test.testMs });
    }

    let deployment: Deployment | undefined;
    if (!wantsDeploy) ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
    else {
      deployment = await runStage(ctx, 'deploy', async () => {
        const target = await deployerFor();
        ctx.emit({ type: 'deploying', provider: target.provider });
        return target.deploy(
          {
            name: scaffolded.design.name,
            dir: scaffolded.outDir,
            stack: project.stack,
            build: project.commands.build,
            start: project.commands.start,
            mounts: runtime.mounts,
            ...(runtime.image === undefined ? {} : { image: runtime.image }),
          },
          {
            ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
            onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
          },
        );
      });
      deployments.add(deployment.id);
      ctx.emit({ type: 'deployed', deployment });
    }
    return { ...scaffolded, ...(test ? { test } : {}), ...(deployment ? { deployment } : {}) };
  }

  return {
    generate(input, options = {}) {
      return new Generation(async (emit) => {
        const timings: Record<string, number> = {};
        const ctx = contextFor((event) => {
          if (event.type === 'stage-end') timings[event.stage] = event.durationMs;
          emit(event);
        }, options.signal);
        return { ...(await generate(ctx, input, options)), timings };
      }, options.onProgress);
    },
    spec(input, options = {}) {
      return specFor(
        contextFor((event) => options.onProgress?.(event), options.signal),
        input,
      );
    },
    async scaffold(input, options = {}) {
      const ctx = contextFor((event) => options.onProgress?.(event), options.signal);
      const { project, contents, ...result } = await scaffoldFor(ctx, input, options);
      return result;
    },
    async stop(deploymentId) {
      deployments.delete(deploymentId);
      await (await deployer)?.destroy(deploymentId);
    },
    async close() {
      const ids = [...deployments];
      deployments.clear();
      const target = await deployer;
      await Promise.all(ids.map((id) => target?.destroy(id)));
    },
  };
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function countOperations(openapi: Record<string, unknown>): number {
  const paths = (openapi.paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.values(paths).reduce(
    (total, item) => total + Object.keys(item).filter((key) => httpMethods.has(key)).length,
    0,
  );
}
