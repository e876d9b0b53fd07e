import path from 'node:path';
import type { Deployer, Deployment } from '@smartapiforge/deployers';
import { createLocalDeployer } from '@smartapiforge/deployers';
import type { SandboxProvider } from '@smartapiforge/sandbox';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { ensureDependencyCache, scaffoldExpress, type GeneratedProject } from '@smartapiforge/scaffolders';
import {
  compileOpenApi,
  createEmbeddedPlanner,
  parseDesign,
  toYaml,
  validateOpenApi,
  type ApiDesign,
  type Planner,
} from '@smartapiforge/spec-engine';
import type { ForgeEvent } from './events.js';
import { prepareOutputDir, writeProjectFiles } from './output-dir.js';
import { runStage, type StageContext } from './run-stage.js';
import { testInSandbox, type ProjectTestReport } from './test-in-sandbox.js';

export interface ForgeSettings {
  /** Turns prompts into designs; defaults to the embedded planner (no model, no network). */
  readonly planner?: Planner;
  /** Where generated code runs; defaults to the local bubblewrap sandbox. */
  readonly sandbox?: SandboxProvider;
  /** Where generated APIs go live; defaults to the local deployer on 127.0.0.1. */
  readonly deployer?: Deployer;
  /** Folder for the dependency cache shared by generated projects. */
  readonly cacheDir?: string;
  /** Extra attempts for stages that fail with a retryable error (timeouts, busy ports). Default 1. */
  readonly retries?: number;
}

export interface GenerateOptions {
  /** Folder for the project; defaults to `./<api-name>` in the current directory. */
  readonly outDir?: string;
  /** Replace the contents of a non-empty outDir. */
  readonly overwrite?: boolean;
  /** Run the project's generated tests in the sandbox (default true). */
  readonly test?: boolean;
  /** Serve the project and return its live URL (default true). */
  readonly deploy?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ForgeEvent) => void;
}

export interface GenerateResult {
  readonly design: ApiDesign;
  readonly openapi: Record<string, unknown>;
  readonly outDir: string;
  /** The OpenAPI 3.1 contract, as YAML, inside outDir. */
  readonly specPath: string;
  /** Relative paths of every file written. */
  readonly files: readonly string[];
  readonly test?: ProjectTestReport;
  readonly deployment?: Deployment;
}

export interface Forge {
  /** Prompt → design → OpenAPI 3.1 → project → tested in the sandbox → live URL. */
  generate(prompt: string, options?: GenerateOptions): Promise<GenerateResult>;
  /** The same pipeline from an existing design (skips planning). */
  generateFromDesign(design: unknown, options?: GenerateOptions): Promise<GenerateResult>;
  /** Stops one deployment made by this forge. */
  stop(deploymentId: string): Promise<void>;
  /** Stops every deployment made by this forge. */
  close(): Promise<void>;
}

/** Creates the pipeline with embedded, offline defaults for every stage. */
export function createForge(settings: ForgeSettings = {}): Forge {
  const planner = settings.planner ?? createEmbeddedPlanner();
  let sandbox = settings.sandbox;
  let deployer = settings.deployer;
  const sandboxProvider = () => (sandbox ??= createBubblewrapSandbox());
  const deployerFor = () => (deployer ??= createLocalDeployer({ sandbox: sandboxProvider() }));
  const deployments = new Set<string>();

  async function build(
    ctx: StageContext,
    designInput: () => Promise<unknown>,
    options: GenerateOptions,
  ): Promise<GenerateResult> {
    const design = await designInput();
    const parsed = await runStage(ctx, 'compile', () => {
      const valid = parseDesign(design);
      return { design: valid, openapi: compileOpenApi(valid) as unknown as Record<string, unknown> };
    });
    await runStage(ctx, 'validate', () => validateOpenApi(parsed.openapi));
    const project: GeneratedProject = await runStage(ctx, 'scaffold', () =>
      scaffoldExpress(parsed.design, parsed.openapi),
    );

    const outDir = path.resolve(options.outDir ?? parsed.design.name);
    const specPath = path.join(outDir, 'openapi.yaml');
    const files = { ...project.files, 'openapi.yaml': toYaml(parsed.openapi) };
    await runStage(ctx, 'write', async () => {
      await prepareOutputDir(outDir, options.overwrite ?? false);
      ctx.outDir = outDir;
      await writeProjectFiles(outDir, files);
    });
    const result = { design: parsed.design, openapi: parsed.openapi, outDir, specPath, files: Object.keys(files).sort() };

    const needsRuntime = options.test !== false || options.deploy !== false;
    const cache = needsRuntime
      ? await runStage(ctx, 'dependencies', () =>
          ensureDependencyCache(project.dependencyRecipe, {
            ...(settings.cacheDir === undefined ? {} : { cacheDir: settings.cacheDir }),
            ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
            onLog: (line) => ctx.emit({ type: 'log', stage: 'dependencies', line }),
          }),
        )
      : undefined;
    const mounts = cache ? [{ hostPath: cache.nodeModulesDir, sandboxPath: 'node_modules' }] : [];

    let test: ProjectTestReport | undefined;
    if (options.test === false) ctx.emit({ type: 'stage-skip', stage: 'test', reason: 'disabled' });
    else
      test = await runStage(ctx, 'test', () =>
        testInSandbox(sandboxProvider(), project, files, mounts, {
          signal: ctx.signal,
          onLine: (line) => ctx.emit({ type: 'log', stage: 'test', line }),
        }),
      );

    let deployment: Deployment | undefined;
    if (options.deploy === false) ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
    else {
      deployment = await runStage(ctx, 'deploy', () =>
        deployerFor().deploy(
          {
            name: parsed.design.name,
            dir: outDir,
            stack: project.stack,
            build: project.commands.build,
            start: project.commands.start,
            mounts,
          },
          {
            ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
            onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
          },
        ),
      );
      deployments.add(deployment.id);
    }
    return { ...result, ...(test ? { test } : {}), ...(deployment ? { deployment } : {}) };
  }

  const contextFor = (options: GenerateOptions): StageContext => ({
    emit: (event) => options.onProgress?.(event),
    signal: options.signal,
    retries: settings.retries ?? 1,
    outDir: undefined,
  });

  return {
    generate(prompt, options = {}) {
      const ctx = contextFor(options);
      return build(
        ctx,
        async () =>
          (
            await runStage(ctx, 'plan', () =>
              planner.plan(prompt, ctx.signal === undefined ? {} : { signal: ctx.signal }),
            )
          ).design,
        options,
      );
    },
    generateFromDesign(design, options = {}) {
      const ctx = contextFor(options);
      ctx.emit({ type: 'stage-skip', stage: 'plan', reason: 'design given' });
      return build(ctx, async () => design, options);
    },
    async stop(deploymentId) {
      deployments.delete(deploymentId);
      await deployer?.destroy(deploymentId);
    },
    async close() {
      const ids = [...deployments];
      deployments.clear();
      await Promise.all(ids.map((id) => deployer?.destroy(id)));
    },
  };
}
