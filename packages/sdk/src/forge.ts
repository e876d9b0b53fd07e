import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Deployer, Deployment } from '@smartapiforge/deployers';
import type { SandboxHop, SandboxProvider } from '@smartapiforge/sandbox';
import {
  prepareProjectRuntime,
  scaffoldProject,
  type GeneratedProject,
  type ProjectRuntime,
  type Stack,
} from '@smartapiforge/scaffolders';
import {
  compileOpenApi,
  lintOpenApi,
  parseDesign,
  toJson,
  toYaml,
  validateOpenApi,
  type ApiDesign,
  type Assumption,
  type PlanHop,
} from '@smartapiforge/spec-engine';
import { resolveDeployer, resolveSandbox, type DeployerChoice, type SandboxChoice } from './adapters.js';
import { SpecLintError, type RepairRecord } from './errors.js';
import type { ForgeEvent } from './events.js';
import { recordGeneration } from './generation-recorder.js';
import { resolvePlanner, type PlannerChoice } from './planner-choice.js';
import { checkContract, type ContractCheck } from './contract-check.js';
import { Generation } from './generation.js';
import { createLocalCredentials, type LocalCredentials } from './local-credentials.js';
import { prepareOutputDir, removeStaleFiles, writeProjectFiles } from './output-dir.js';
import { reportSandboxHops, type ProviderHops } from './provider-hops.js';
import { runWithRepairs, type Planned } from './repair-loop.js';
import { implementHandlers, type HandlerOutcome } from './implement-handlers.js';
import { runStage, type StageContext } from './run-stage.js';
import { rateLimitEnv } from './rate-limit-option.js';
import {
  checkContractOperations,
  contractSecrets,
  existingHandlers,
  importContract,
  scaffoldContract,
  validateContract,
  type SpecFirstContract,
} from './spec-first.js';
import type { ForgeStore, GenerationRecord } from './store/forge-store.js';
import { createMemoryStore } from './store/memory-store.js';
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
  /**
   * Where generations are kept (design, spec, files, test counts, deployment), saved as each stage
   * finishes: `createMemoryStore()` (the default, the newest 100 in this process) or
   * `createFileStore({ dir })` (a JSON file each), or any ForgeStore.
   */
  readonly store?: ForgeStore;
  /** Folder for the dependency cache shared by generated projects. */
  readonly cacheDir?: string;
  /** Extra attempts for stages that fail with a retryable error (timeouts, busy ports). Default 1. */
  readonly retries?: number;
}

/**
 * What to build from: a plain-language prompt, an existing design (planning is skipped), or an
 * existing OpenAPI 3.0/3.1 document as YAML/JSON text or an object (spec-first: it is imported).
 */
/** A deployed API's request budget per window, per client address and per caller. */
export interface RateLimitOption {
  readonly requests: number;
  readonly windowSeconds?: number;
}

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
  /**
   * Times an invalid spec or failing generated tests are fed back to the planner for a corrected
   * design (default 2; 0 turns repair off). Only planners that learn from feedback (models) repair;
   * for others a `repair` event and the error say why not.
   */
  readonly maxRepairs?: number;
  /**
   * Turns on the deployed API's rate limit: at most `requests` per `windowSeconds` (default 60) per
   * client address and per caller, answered 429 with Retry-After past it (the generated app's
   * `RATE_LIMIT`/`RATE_LIMIT_WINDOW`). Off by default. The contract stage then proves the 429, so the
   * window must also allow the suite's own few hundred calls.
   */
  readonly rateLimit?: RateLimitOption;
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
  /** What the planner inferred beyond the request's words, each with the part of the design it made. */
  readonly assumptions: readonly Assumption[];
  /** Planners tried, in order (fallbacks included), when a chain planned the design. */
  readonly hops: readonly PlanHop[];
  /** Repairs made: each failure fed back to the planner, in order. Empty when the first design held. */
  readonly repairs: readonly RepairRecord[];
}

export interface ScaffoldResult extends SpecResult {
  readonly outDir: string;
  /** The OpenAPI 3.1 contract, as YAML, inside outDir. */
  readonly specPath: string;
  /** Relative paths of every file written. */
  readonly files: readonly string[];
}

export interface GenerateResult extends ScaffoldResult {
  /** The generation's id in the forge's store. */
  readonly id: string;
  readonly test?: ProjectTestReport;
  readonly deployment?: Deployment;
  /** The contract suite's verdict on the served API (every response checked against the spec). */
  readonly contract?: ContractCheck;
  /** For APIs that require auth: the secrets the deployment runs with and two users' credentials. */
  readonly credentials?: LocalCredentials;
  /** Milliseconds per stage that ran, summed over repair rounds. */
  readonly timings: Readonly<Record<string, number>>;
  /** Fallbacks taken by the LLM planner, sandbox and deployer chains. */
  readonly providerHops: ProviderHops;
  /** Spec-first with an LLMProvider as `settings.llm`: each custom operation's model-written handler, kept or rejected. */
  readonly handlers?: readonly HandlerOutcome[];
}

export interface Forge {
  /**
   * Prompt (or design) → OpenAPI 3.1 → project → tested in the sandbox → live URL. Await the returned
   * generation for the result, or iterate it for progress events.
   */
  generate(input: GenerateInput, options?: GenerateOptions): Generation<GenerateResult>;
  /** Stops after the contract: plans (for a prompt), compiles and validates; writes nothing. */
  spec(
    input: GenerateInput,
    options?: Pick<GenerateOptions, 'signal' | 'onProgress' | 'maxRepairs'>,
  ): Promise<SpecResult>;
  /** Writes the project for a prompt or design without testing or serving it. */
  scaffold(input: GenerateInput, options?: Omit<GenerateOptions, 'test' | 'deploy'>): Promise<ScaffoldResult>;
  /** Where this forge keeps its generations (see `ForgeSettings.store`). */
  readonly store: ForgeStore;
  /** Stops one deployment made by this forge. */
  stop(deploymentId: string): Promise<void>;
  /** Stops every deployment made by this forge. */
  close(): Promise<void>;
}

const defaultMaxRepairs = 2;

/** Creates the pipeline with embedded, offline defaults for every stage. */
export function createForge(settings: ForgeSettings = {}): Forge {
  const planner = resolvePlanner(settings.llm, settings.model === undefined ? {} : { model: settings.model });
  // An LLMProvider given as `llm` also writes spec-first handlers (a named LLM or a planner does not).
  const handlerModel =
    typeof settings.llm === 'object' && 'generateObject' in settings.llm ? settings.llm : undefined;
  const store = settings.store ?? createMemoryStore();
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
    written: [],
    repairs: [],
  });

  async function planFor(ctx: StageContext, input: GenerateInput): Promise<Planned> {
    if (typeof input === 'string') {
      const plan = await runStage(ctx, 'plan', () =>
        planner.plan(input, ctx.signal === undefined ? {} : { signal: ctx.signal }),
      );
      const planned = { ...plan, hops: plan.hops ?? [] };
      emitPlanned(ctx, planned);
      return planned;
    }
    if ('spec' in input) {
      // Spec-first: the user's document is served as written; the design only describes its storage.
      const contract = await runStage(ctx, 'plan', () => importContract(input.spec));
      const planned = {
        design: contract.design,
        planner: 'import',
        warnings: contract.warnings,
        hops: [],
        contract,
      };
      emitPlanned(ctx, planned);
      return planned;
    }
    ctx.emit({ type: 'stage-skip', stage: 'plan', reason: 'design given' });
    return { design: input.design, planner: 'input', warnings: [], hops: [] };
  }

  /** A repair round's planning: the planner revises its design with the failures. */
  async function replan(ctx: StageContext, planned: Planned, failures: readonly string[]): Promise<Planned> {
    const revise = planned.revise!;
    const plan = await runStage(ctx, 'plan', () =>
      revise(failures, ctx.signal === undefined ? {} : { signal: ctx.signal }),
    );
    // The hops of the first plan stay: they say which planner was chosen; revising asks that one again.
    const revised = { ...plan, hops: planned.hops };
    emitPlanned(ctx, revised);
    return revised;
  }

  /** Plans (for a prompt), then runs `build` on the design, repairing it as `maxRepairs` allows. */
  async function planAndBuild<T>(
    ctx: StageContext,
    input: GenerateInput,
    maxRepairs: number | undefined,
    build: (planned: Planned) => Promise<T>,
  ): Promise<T> {
    const { value } = await runWithRepairs({
      ctx,
      planned: await planFor(ctx, input),
      maxRepairs: maxRepairs ?? defaultMaxRepairs,
      build,
      replan: (planned, failures) => replan(ctx, planned, failures),
    });
    return value;
  }

  async function specFrom(ctx: StageContext, planned: Planned): Promise<SpecResult> {
    if (planned.contract) return contractSpec(ctx, planned.contract, planned);
    const compiled = await runStage(ctx, 'compile', () => {
      const design = parseDesign(planned.design);
      return { design, openapi: compileOpenApi(design) as unknown as Record<string, unknown> };
    });
    const findings = await runStage(ctx, 'validate', async () => {
      await validateOpenApi(compiled.openapi);
      const found = lintOpenApi(compiled.openapi);
      const errors = found.filter((finding) => finding.severity === 'error');
      if (errors.length > 0) throw new SpecLintError(errors);
      return found.filter((finding) => finding.severity === 'warn');
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
      assumptions: planned.assumptions ?? [],
      hops: planned.hops,
      repairs: [...ctx.repairs],
    };
  }

  /** Spec-first: the contract is the user's document, checked against the OpenAPI 3.1 meta-schemas, never rewritten. */
  async function contractSpec(
    ctx: StageContext,
    contract: SpecFirstContract,
    planned: Planned,
  ): Promise<SpecResult> {
    ctx.emit({ type: 'stage-skip', stage: 'compile', reason: 'the imported document is the contract' });
    const exampleWarnings = await runStage(ctx, 'validate', () => validateContract(contract.document));
    ctx.emit({ type: 'spec', openapi: contract.document, operations: countOperations(contract.document) });
    return {
      design: contract.design,
      openapi: contract.document,
      yaml: toYaml(contract.document),
      json: toJson(contract.document),
      warnings: [...planned.warnings, ...exampleWarnings],
      assumptions: planned.assumptions ?? [],
      hops: planned.hops,
      repairs: [...ctx.repairs],
    };
  }

  async function scaffoldFrom(
    ctx: StageContext,
    planned: Planned,
    options: Pick<GenerateOptions, 'outDir' | 'overwrite' | 'stack'>,
  ): Promise<ScaffoldResult & { project: GeneratedProject; contents: Record<string, string> }> {
    const spec = await specFrom(ctx, planned);
    const project = await runStage(ctx, 'scaffold', () =>
      planned.contract
        ? scaffoldContract(options.stack ?? 'express', planned.contract)
        : scaffoldProject(options.stack ?? 'express', spec.design, spec.openapi),
    );
    // A repair round rewrites the folder the first round wrote, even if the design's name changed.
    const outDir = ctx.outDir ?? path.resolve(options.outDir ?? spec.design.name);
    const contents = { ...project.files, 'openapi.yaml': spec.yaml };
    await runStage(ctx, 'write', async () => {
      if (ctx.outDir === undefined) await prepareOutputDir(outDir, options.overwrite ?? false);
      else await removeStaleFiles(outDir, ctx.written, contents);
      // Handler files are the user's: regenerating keeps (and tests) what is already there.
      if (planned.contract) Object.assign(contents, await existingHandlers(outDir, contents));
      ctx.outDir = outDir;
      await writeProjectFiles(outDir, contents);
      ctx.written = Object.keys(contents);
    });
    const files = Object.keys(contents).sort();
    ctx.emit({ type: 'scaffolded', stack: project.stack, outDir, files });
    return { ...spec, outDir, specPath: path.join(outDir, 'openapi.yaml'), files, project, contents };
  }

  async function prepareRuntime(ctx: StageContext, project: GeneratedProject): Promise<ProjectRuntime> {
    return runStage(ctx, 'dependencies', () =>
      prepareProjectRuntime(project.dependencyRecipe, {
        ...(settings.cacheDir === undefined ? {} : { cacheDir: settings.cacheDir }),
        ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
        onLog: (line) => ctx.emit({ type: 'log', stage: 'dependencies', line }),
        // As the install starts, not after it: a first install takes minutes.
        onInstalling: (fromCache) =>
          ctx.emit({ type: 'installing', recipe: project.dependencyRecipe, fromCache }),
      }),
    );
  }

  async function generate(
    ctx: StageContext,
    input: GenerateInput,
    options: GenerateOptions,
  ): Promise<Omit<GenerateResult, 'id' | 'timings' | 'providerHops'> & { sandboxHops: SandboxHop[] }> {
    const wantsTest = options.test !== false;
    const wantsDeploy = options.deploy !== false;
    const limitEnv = rateLimitEnv(options.rateLimit);
    const sandboxHops: SandboxHop[] = [];
    let specFirst: SpecFirstContract | undefined;
    let handlers: HandlerOutcome[] | undefined;
    // Compile through test is what a repaired design goes through again.
    const built = await planAndBuild(ctx, input, options.maxRepairs, async (planned) => {
      specFirst = planned.contract;
      const { project, contents, ...scaffolded } = await scaffoldFrom(ctx, planned, options);
      const runtime: ProjectRuntime =
        wantsTest || wantsDeploy
          ? await prepareRuntime(ctx, project)
          : { mounts: [], env: {}, fromCache: true };
      let test: ProjectTestReport | undefined;
      if (!wantsTest) ctx.emit({ type: 'stage-skip', stage: 'test', reason: 'disabled' });
      else {
        const provider = reportSandboxHops(await sandboxProvider(), (hops) => sandboxHops.push(...hops));
        test = await runStage(ctx, 'test', async () =>
          testInSandbox(provider, project, contents, runtime, {
            signal: ctx.signal,
            onLine: (line) => ctx.emit({ type: 'log', stage: 'test', line }),
          }),
        );
        ctx.emit({ type: 'test:result', ...test.counts, durationMs: Math.max(test.checkMs, test.testMs) });
        if (planned.contract && handlerModel) {
          // Model-written handlers for custom operations, each kept only when its contract test passes.
          const implemented = await implementHandlers({
            llm: handlerModel,
            contract: planned.contract,
            files: contents,
            runTests: (files) =>
              testInSandbox(provider, project, files, runtime, {
                signal: ctx.signal,
                onLine: (line) => ctx.emit({ type: 'log', stage: 'test', line }),
              }),
            ...(options.maxRepairs === undefined ? {} : { maxRepairs: options.maxRepairs }),
            ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
            onOutcome: (outcome) =>
              ctx.emit({
                type: 'log',
                stage: 'test',
                line: `${outcome.operation}: ${outcome.kept ? `model-written handler kept (${outcome.file})` : `501 stub kept: ${outcome.reason ?? ''}`}`,
              }),
          });
          handlers = implemented.outcomes;
          const kept = Object.fromEntries(
            handlers.filter((h) => h.kept).map((h) => [h.file, implemented.files[h.file]!]),
          );
          await writeProjectFiles(scaffolded.outDir, kept);
        }
      }
      return { scaffolded, project, runtime, test };
    });
    const { project, runtime, test } = built;
    const scaffolded = { ...built.scaffolded, repairs: [...ctx.repairs] };

    if (!wantsDeploy) {
      ctx.emit({ type: 'stage-skip', stage: 'deploy', reason: 'disabled' });
      ctx.emit({ type: 'stage-skip', stage: 'contract', reason: 'nothing deployed' });
      return { ...scaffolded, ...(test ? { test } : {}), ...(handlers ? { handlers } : {}), sandboxHops };
    }
    // Spec-first deployments get a secret for each kind of scheme the contract declares.
    const secrets = specFirst ? contractSecrets(specFirst.plan) : undefined;
    const credentials = secrets ? secrets.credentials : createLocalCredentials(scaffolded.design);
    const deployment = await deploy(ctx, scaffolded, project, runtime, {
      ...credentials?.env,
      ...secrets?.env,
      ...limitEnv,
    });
    const contract = await runStage(ctx, 'contract', () =>
      specFirst && secrets
        ? checkContractOperations(specFirst, deployment.url, secrets)
        : checkContract(scaffolded.openapi, deployment.url, credentials, ctx.signal, options.rateLimit),
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
      ...(handlers ? { handlers } : {}),
      sandboxHops,
    };
  }

  async function deploy(
    ctx: StageContext,
    scaffolded: ScaffoldResult,
    project: GeneratedProject,
    runtime: ProjectRuntime,
    secretEnv: Readonly<Record<string, string>>,
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
          env: { ...runtime.env, ...secretEnv },
          onLog: (line) => ctx.emit({ type: 'log', stage: 'deploy', line }),
        },
      );
    });
    deployments.add(deployment.id);
    ctx.emit({ type: 'deployed', deployment });
    return deployment;
  }

  return {
    store,
    generate(input, options = {}) {
      const id = randomUUID();
      const recorder = recordGeneration(store, {
        id,
        input: recordedInput(input),
        stack: options.stack ?? 'express',
      });
      return new Generation(
        async (emit) => {
          const timings: Record<string, number> = {};
          const ctx = contextFor((event) => {
            // A stage that ran again in a repair round counts all its time.
            if (event.type === 'stage-end')
              timings[event.stage] = (timings[event.stage] ?? 0) + event.durationMs;
            recorder.onEvent(event);
            emit(event);
          }, options.signal);
          let result: GenerateResult;
          try {
            const { sandboxHops, ...generated } = await generate(ctx, input, options);
            result = {
              ...generated,
              id,
              timings,
              providerHops: {
                llm: generated.hops,
                sandbox: sandboxHops,
                deployer: generated.deployment?.hops ?? [],
              },
            };
          } catch (error) {
            // The stage's error is the one to report; a store failing as well must not hide it.
            await recorder.finish({ error, repairs: ctx.repairs }).catch(() => undefined);
            throw error;
          }
          await recorder.finish({
            warnings: result.warnings,
            hops: result.providerHops,
            repairs: result.repairs,
          });
          return result;
        },
        options.onProgress,
        id,
      );
    },
    spec(input, options = {}) {
      const ctx = contextFor((event) => options.onProgress?.(event), options.signal);
      return planAndBuild(ctx, input, options.maxRepairs, (planned) => specFrom(ctx, planned));
    },
    async scaffold(input, options = {}) {
      const ctx = contextFor((event) => options.onProgress?.(event), options.signal);
      const { project, contents, ...result } = await planAndBuild(ctx, input, options.maxRepairs, (planned) =>
        scaffoldFrom(ctx, planned, options),
      );
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

function emitPlanned(ctx: StageContext, planned: Planned & { design: unknown }): void {
  ctx.emit({
    type: 'planned',
    design: planned.design as ApiDesign,
    planner: planned.planner,
    warnings: planned.warnings,
    assumptions: planned.assumptions ?? [],
    hops: planned.hops,
  });
}

/** The input as a store keeps it (plain JSON). */
function recordedInput(input: GenerateInput): GenerationRecord['input'] {
  return typeof input === 'string' ? { prompt: input } : input;
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function countOperations(openapi: Record<string, unknown>): number {
  const paths = (openapi.paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.values(paths).reduce(
    (total, item) => total + Object.keys(item).filter((key) => httpMethods.has(key)).length,
    0,
  );
}
