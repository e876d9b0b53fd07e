import { ForgeError } from '@smartapiforge/errors';
import type { Stage } from './events.js';

/**
 * A pipeline stage failed. `stage` says which; `cause` holds the stage's own typed error; what earlier
 * stages produced stays on disk at `outDir`.
 */
export class StageFailedError extends ForgeError {
  readonly stage: Stage;
  readonly outDir: string | undefined;

  constructor(stage: Stage, cause: unknown, outDir: string | undefined) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const kept = outDir ? ` What was produced before it is kept in ${outDir}.` : '';
    super('stage_failed', `The ${stage} stage failed: ${reason}${kept}`, {
      cause,
      isRetryable: ForgeError.isInstance(cause) && cause.isRetryable,
      details: {
        stage,
        outDir,
        causeCode: ForgeError.isInstance(cause) ? cause.code : undefined,
        ...(ForgeError.isInstance(cause) ? cause.details : {}),
      },
    });
    this.stage = stage;
    this.outDir = outDir;
  }
}

/** The output folder already holds files and overwriting was not allowed. */
export class OutputExistsError extends ForgeError {
  constructor(outDir: string) {
    super(
      'output_exists',
      `${outDir} already exists and is not empty. Choose another folder (--out DIR) or allow overwriting (--force).`,
      { details: { outDir } },
    );
  }
}

/** The generated project's own tests failed inside the sandbox. */
export class ProjectTestsFailedError extends ForgeError {
  /** `problem` completes "The generated project's <step> step …", e.g. "exited with code 1". */
  constructor(step: 'build' | 'test', problem: string, outputTail: string) {
    super(
      'project_tests_failed',
      `The generated project's ${step} step ${problem} in the sandbox. Last output:\n${outputTail}`,
      { details: { step, problem, outputTail } },
    );
  }
}

/** The served API broke its own OpenAPI contract; `details.failures` lists the failed checks. */
export class ContractFailedError extends ForgeError {
  constructor(failures: readonly { name: string; message?: string }[]) {
    const shown = failures.slice(0, 10).map((failure) => `- ${failure.name}: ${failure.message ?? 'failed'}`);
    const more = failures.length > shown.length ? `\n…and ${failures.length - shown.length} more` : '';
    super(
      'contract_failed',
      `The served API failed ${failures.length} contract check(s):\n${shown.join('\n')}${more}`,
      { details: { failures } },
    );
  }
}
