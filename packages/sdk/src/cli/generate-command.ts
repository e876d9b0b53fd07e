import { ForgeError } from '@smartapiforge/errors';
import { createForge, type GenerateResult } from '../forge.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { createProgressPrinter } from './progress-printer.js';
import { promptAdvice } from './usage.js';

export interface GenerateCommandOptions {
  readonly prompt: string;
  readonly outDir?: string;
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly test: boolean;
  readonly deploy: boolean;
  readonly verbose: boolean;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Runs the pipeline, prints where the API lives and, when deployed, keeps serving until SIGINT or
 * SIGTERM. Resolves with the process exit code.
 */
export async function runGenerateCommand(options: GenerateCommandOptions, io: CliIo): Promise<number> {
  if (options.prompt.trim() === '') {
    io.stderr(`forge: the prompt is empty.\n${promptAdvice}\n`);
    return exitCodes.badInput;
  }
  const forge = createForge();
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

  let result: GenerateResult;
  try {
    io.stderr(`forge: generating an API from your prompt\n`);
    result = await forge.generate(options.prompt, {
      ...(options.outDir === undefined ? {} : { outDir: options.outDir }),
      overwrite: options.overwrite,
      test: options.test,
      deploy: options.deploy,
      signal: abort.signal,
      onProgress: createProgressPrinter(io.stderr, options.verbose),
    });
  } catch (error) {
    await forge.close();
    if (interrupted) return exitCodes.interrupted;
    const code = exitCodeFor(error);
    io.stderr(`forge: ${error instanceof Error ? error.message : String(error)}\n`);
    if (code === exitCodes.badInput && isPromptProblem(error)) io.stderr(`${promptAdvice}\n`);
    return code;
  }

  const summary = {
    name: result.design.name,
    outDir: result.outDir,
    specPath: result.specPath,
    ...(result.deployment
      ? { url: result.deployment.url, docsUrl: result.deployment.docsUrl, openapiUrl: result.deployment.openapiUrl }
      : {}),
  };
  if (options.json) io.stdout(`${JSON.stringify(summary)}\n`);
  else {
    io.stdout(`\nProject:  ${summary.outDir}\nContract: ${summary.specPath}\n`);
    if (result.deployment)
      io.stdout(`\nAPI live: ${result.deployment.url}\nDocs:     ${result.deployment.docsUrl}\n`);
  }
  if (!result.deployment) return exitCodes.ok;

  io.stderr(`\nServing until Ctrl-C.\n`);
  await stopped;
  io.stderr(`forge: stopping ${result.deployment.url}\n`);
  await forge.close();
  return exitCodes.ok;
}

function isPromptProblem(error: unknown): boolean {
  return ForgeError.isInstance(error) && String(error.details.causeCode ?? error.code).startsWith('prompt_');
}
