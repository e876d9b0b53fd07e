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
  importSpec,
  lintOpenApi,
  parseDesign,
  toJson,
  toYaml,
  validateOpenApi,
  type ApiDesign,
  type PlanHop,
} from '@smartapiforge/spec-engine';
import { resolveDeployer, resolveSandbox, type DeployerChoice, type SandboxChoice } from './adapters.js';
import type { ForgeEvent } from './events.js';
import { resolvePlanner, type PlannerChoice } from './planner-choice.js';
import { checkContract, type ContractCheck } from './contract-check.js';
import { Generation } from './generation.js';
import { createLocalCredentials, type LocalCredentials } from './local-credentials.js';
import { prepareOutputDir, writeProjectFiles } from './output-dir.js';
import { runStage, type StageContext } from './run-stage.js';
import { testInSandbox, type ProjectTestReport } from './test-in-sandbox.js';

export interface ForgeSettings {
  /**
   * Turns prompts into designs: a Planner, an LLMProvider, or a name — `embedded` (the default: no
   * model, no network), `ollama`, `hf`, `openai` (each falling back to embedded), `auto` (Ollama → HF →
   * embedded).
   */
  readonly llm?: PlannerChoice;
  /** Model id for a named LLM. */
  readonly model?: string;
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

/**
 * What to build from: a plain-language prompt, an existing design (planning is skipped), or an
 * existing OpenAPI 3.0/3.1 document as YAML/JSON text or an object (spec-first: it is imported).
 */
export type GenerateInput = string | { readonly design: unknown } | { readonly spec: string | object };

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
  /** What planning, import or lint assumed, dropped or flagged, in words a user can act on. */
  readonly warnings: readonly string[];
  /** Planners tried, in order (fallbacks included), when a chain planned the design. */
  readonly hops: readonly PlanHop[];
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
  /** The contract suite's verdict on the served API (every response checked against the spec). */
  readonly contract?: ContractCheck;
  /** For APIs that require auth: the secrets the deployment runs with and two users' credentials. */
  readonly credentials?: LocalCredentials;
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
  const planner = resolvePlanner(settings.llm, settings.model === undefined ? {} : { model: settings.model });
  // Adapters are resolved on first use, so a forge that only writes specs loads no runtime adapters.
  let sandbox: Promise<SandboxProvider> | undefined;
  let deployer: Promise<Deployer> | undefined;
  const sandboxProvider = () => (sandbox ??= resolveSandbox(settings.sandbox));
  const deployerFor = () => (deployer ??= resolveDeployer(settings.deployer, sandboxProvider));
  const deployments = new Set<string>();
  // The deployer that made our deployments; one that failed to load made none, so there is nothing to stop.
  const deployedWith = () => deployer?.catch(() => undefined);

  const contextFor = (emit: (event: ForgeEvent) => void, signal: AbortSignal | undefined): StageContext => ({
    emit,
    signal,
    retries: settings.retries ?? 1,
    outDir: undefined,
  });

  async function designFor(
    ctx: StageContext,
    input: GenerateInput,
  ): Promise<{ design: unknown; warnings: string[]; hops: readonly PlanHop[] }> {
    if (typeof input === 'string') {
      const plan = await runStage(ctx, 'plan', () =>
        planner.plan(input, ctx.signal === undefined ? {} : { signal: ctx.signal }),
      );
      const hops = plan.hops ?? [];
      ctx.emit({
        type: 'planned',
        design: plan.design,
        planner: plan.planner,
        warnings: plan.warnings,
        hops,
      });
      return { design: plan.design, warnings: plan.warnings, hops };
    }
    if ('spec' in input) {
      const imported = await runStage(ctx, 'plan', () => importSpec(input.spec));
      const warnings = [
        ...imported.report.unmapped.map((item) => `Not mapped: ${item.path} (${item.reason})`),
        ...imported.report.customOperations.map(
          (operation) =>
            `Not generated yet (custom operation): ${operation.method.toUpperCase()} ${operation.path}`,
        ),
      ];
      ctx.emit({ type: 'planned', design: imported.design, planner: 'import', warnings, hops: [] });
      return { design: imported.design, warnings, hops: [] };
    }
    ctx.emit({ type: 'stage-skip', stage: 'plan', reason: 'design given' });
    return { design: input.design, warnings: [], hops: [] };
  }

  async function specFor(ctx: StageContext, input: GenerateInput): Promise<SpecResult> {
    const planned = await designFor(ctx, input);
    const designInput = planned.design;
    const compiled = await runStage(ctx, 'compile', () => {
      const design = parseDesign(designInput);
      return { design, openapi: compileOpenApi(design) as unknown as Record<string, unknown> };
    });
    const findings = await runStage(ctx, 'validate', async () => {
      await validateOpenApi(compiled.openapi);
      return lintOpenApi(compiled.openapi).filter((finding) => finding.severity !== 'info');
    });
    ctx.emit({ type: 'spec', openapi: compiled.openapi, operations: countOperations(compiled.openapi) });
    return {
      ...compiled,
      yaml: toYaml(compiled.openapi),
      json: toJson(compiled.openapi),
      warnings: [
        ...planned.warnings,
        ...findings.map((finding) => `${finding.ruleId} at ${finding.path}: ${finding.message}`),
      ],
      hops: planned.hops,
    };
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
      wantsTest || wantsDeploy
        ? await prepareRuntime(ctx, project)
        : { mounts: [], env: {}, fromCache: true };

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

    if (!wantsDeploy) {
      ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
      ctx.emit({ type: 'stage-skip', stage: 'contract', reason: 'nothing deployed' });
      return { ...scaffolded, ...(test ? { test } : {}) };
    }
    const credentials = createLocalCredentials(scaffolded.design);
    const deployment = await deploy(ctx, scaffolded, project, runtime, credentials);
    const contract = await runStage(ctx, 'contract', () =>
      checkContract(scaffolded.design, scaffolded.openapi, deployment.url, credentials, ctx.signal),
    );
    ctx.emit({
      type: 'contract:result',
      passed: contract.passed,
      failed: contract.failed,
      skipped: contract.skipped,
      durationMs: contract.durationMs,
    });
    return {
      ...scaffolded,
      ...(test ? { test } : {}),
      deployment,
      contract,
      ...(credentials ? { credentials } : {}),
    };
  }

  async function deploy(
    ctx: StageContext,
    scaffolded: ScaffoldResult,
    project: GeneratedProject,
    runtime: ProjectRuntime,
    credentials: LocalCredentials | undefined,
  ): Promise<Deployment> {
    const deployment = await runStage(ctx, 'deploy', async () => {
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
          env: { ...runtime.env, ...credentials?.env },
          onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
        },
      );
    });
    deployments.add(deployment.id);
    ctx.emit({ type: 'deployed', deployment });
    return deployment;
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
      await (await deployedWith())?.destroy(deploymentId);
    },
    async close() {
      const ids = [...deployments];
      deployments.clear();
      const target = await deployedWith();
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
