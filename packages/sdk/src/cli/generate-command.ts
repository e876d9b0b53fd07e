import { stacks, type Stack } from '@smartapiforge/scaffolders';
import type { DeployerName, SandboxName } from '../adapters.js';
import { createForge } from '../forge.js';
import type { GenerateInput, GenerateResult, RateLimitOption } from '../forge-types.js';
import type { LLMName } from '../planner-choice.js';
import { failureCode, StageFailedError } from '../errors.js';
import { createFileStore } from '../store/file-store.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { createProgressPrinter } from './progress-printer.js';
import { promptAdvice } from './usage.js';
import { serveUntilStopped } from './serve-deployment.js';

export interface GenerateCommandOptions {
  /** A prompt, or an imported OpenAPI document for `forge from-spec`. */
  readonly input: GenerateInput;
  readonly outDir?: string;
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly test: boolean;
  readonly deploy: boolean;
  readonly verbose: boolean;
  readonly stack: string;
  /** Planner name (`embedded`, `ollama`, `hf`, `openai`, `auto`) and optional model id. */
  readonly llm: string;
  readonly model?: string;
  /** Adapter names, each possibly a comma-separated fallback list (`vercel,fly`). */
  readonly sandbox: string;
  readonly deployer: string;
  /** `--max-repairs`, as typed; checked here. */
  readonly maxRepairs?: string;
  /** `--rate-limit N[/SECONDS]`, as typed; checked here. */
  readonly rateLimit?: string;
  /** `--store DIR`: keep the generation's record as JSON in this folder. */
  readonly storeDir?: string;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (spinners) rather than a pipe (plain lines). */
  readonly interactive: boolean;
}

/**
 * Runs the pipeline, prints where the API lives and, when deployed, keeps serving until SIGINT or
 * SIGTERM. Resolves with the process exit code.
 */
export async function runGenerateCommand(options: GenerateCommandOptions, io: CliIo): Promise<number> {
  if (!(stacks as readonly string[]).includes(options.stack)) {
    io.stderr(`forge: --stack must be one of ${stacks.join(', ')}, not "${options.stack}".\n`);
    return exitCodes.badInput;
  }
  const maxRepairs = options.maxRepairs === undefined ? undefined : Number(options.maxRepairs);
  if (maxRepairs !== undefined && !(Number.isInteger(maxRepairs) && maxRepairs >= 0)) {
    io.stderr(
      `forge: --max-repairs must be a whole number (0 turns repair off), not "${options.maxRepairs}".\n`,
    );
    return exitCodes.badInput;
  }
  const rateLimit = options.rateLimit === undefined ? undefined : parseRateLimit(options.rateLimit);
  if (rateLimit === null) {
    io.stderr(
      `forge: --rate-limit must be N or N/SECONDS (requests per window, e.g. 600/60), not "${options.rateLimit}".\n`,
    );
    return exitCodes.badInput;
  }
  const forge = createForge({
    ...(options.storeDir === undefined ? {} : { store: createFileStore({ dir: options.storeDir }) }),
    llm: options.llm as LLMName,
    ...(options.model === undefined ? {} : { model: options.model }),
    sandbox: splitNames(options.sandbox) as SandboxName[],
    deployer: splitNames(options.deployer) as DeployerName[],
  });
  const abort = new AbortController();
  let interrupted = false;
  const stopped = new Promise<void>((resolve) => {
    const onSignal = () => {
      interrupted = true;
      abort.abort();
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });

  const progress = createProgressPrinter(io.stderr, {
    verbose: options.verbose,
    interactive: io.interactive,
  });
  let result: GenerateResult;
  try {
    io.stderr(
      `forge: generating an API from your ${typeof options.input === 'string' ? 'prompt' : 'spec'}\n`,
    );
    result = await forge.generate(options.input, {
      ...(options.outDir === undefined ? {} : { outDir: options.outDir }),
      overwrite: options.overwrite,
      stack: options.stack as Stack,
      test: options.test,
      deploy: options.deploy,
      ...(maxRepairs === undefined ? {} : { maxRepairs }),
      ...(rateLimit === undefined ? {} : { rateLimit }),
      signal: abort.signal,
      onProgress: progress.onEvent,
    });
  } catch (error) {
    progress.stop();
    await forge.close();
    if (interrupted) return exitCodes.interrupted;
    const code = exitCodeFor(error);
    if (options.json) io.stdout(`${JSON.stringify(failureSummary(error))}\n`);
    io.stderr(`forge: ${error instanceof Error ? error.message : String(error)}\n`);
    if (code === exitCodes.badInput && isPromptProblem(error)) io.stderr(`${promptAdvice}\n`);
    return code;
  }
  progress.stop();
  if (!options.json) for (const warning of result.warnings) io.stderr(`  ! ${warning}\n`);

  const deployment = result.deployment;
  if (options.json) io.stdout(`${JSON.stringify(successSummary(result))}\n`);
  else {
    io.stdout(`\nProject:  ${result.outDir}\nContract: ${result.specPath}\n`);
    if (deployment) io.stdout(`\nAPI live: ${deployment.url}\nDocs:     ${deployment.docsUrl}\n`);
    if (result.credentials) {
      const [first, second] = result.credentials.tokens;
      io.stdout(
        `\nAuth (two test users): ${result.credentials.header} <token>\n  user 1: ${first}\n  user 2: ${second}\n`,
      );
    }
  }
  if (!deployment) return exitCodes.ok;

  await serveUntilStopped(
    forge,
    deployment,
    { name: result.design.name, outDir: result.outDir },
    stopped,
    io,
  );
  return exitCodes.ok;
}

/** The one-line result of `--json`: stable keys that scripts can rely on. */
function successSummary(result: GenerateResult) {
  const deployment = result.deployment;
  return {
    ok: true,
    id: result.id,
    name: result.design.name,
    outDir: result.outDir,
    specPath: result.specPath,
    assumptions: result.assumptions,
    tests: result.test?.counts ?? null,
    contract: result.contract
      ? { passed: result.contract.passed, failed: result.contract.failed, skipped: result.contract.skipped }
      : null,
    auth: result.credentials
      ? { header: result.credentials.header, tokens: result.credentials.tokens }
      : null,
    timings: result.timings,
    warnings: result.warnings,
    repairs: result.repairs,
    hops: result.providerHops,
    ...(deployment
      ? {
          url: deployment.url,
          docsUrl: deployment.docsUrl,
          openapiUrl: deployment.openapiUrl,
          deployment: {
            id: deployment.id,
            provider: deployment.provider,
            url: deployment.url,
            docsUrl: deployment.docsUrl,
          },
        }
      : { deployment: null }),
  };
}

function failureSummary(error: unknown) {
  const stageError = error instanceof StageFailedError ? error : undefined;
  return {
    ok: false,
    stage: stageError?.stage ?? null,
    outDir: stageError?.outDir ?? null,
    error: {
      code: failureCode(error),
      message: error instanceof Error ? error.message : String(error),
    },
    // For failures a planner could correct: what failed and the repairs tried.
    ...(stageError && stageError.failures.length > 0
      ? { failures: stageError.failures, repairs: stageError.repairs }
      : {}),
  };
}

function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function isPromptProblem(error: unknown): boolean {
  return failureCode(error).startsWith('prompt_');
}

/** `600` or `600/60`: requests per window (seconds, default 60); null when it is neither. */
export function parseRateLimit(text: string): RateLimitOption | null {
  const match = /^(\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const requests = Number(match[1]);
  const windowSeconds = match[2] === undefined ? 60 : Number(match[2]);
  return requests >= 1 && windowSeconds >= 1 ? { requests, windowSeconds } : null;
}
