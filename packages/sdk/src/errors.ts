import { ForgeError } from '@smartapiforge/errors';
import type { LintFinding } from '@smartapiforge/spec-engine';
import type { Stage } from './events.js';

/** A repair the pipeline made: what failed, and the planner that revised the design. */
export interface RepairRecord {
  readonly attempt: number;
  readonly stage: Stage;
  readonly failures: readonly string[];
  readonly planner: string;
  readonly durationMs: number;
}

/** Why a failure a planner could have corrected ended the generation. */
export interface RepairOutcome {
  /** What failed, line by line, as a planner would have received it. */
  readonly failures: readonly string[];
  /** Repairs made before giving up. */
  readonly repairs: readonly RepairRecord[];
  /** Why no (further) repair was made, as a sentence that says what to do. */
  readonly reason: string;
}

/**
 * A pipeline stage failed. `stage` says which; `cause` holds the stage's own typed error; what earlier
 * stages produced stays on disk at `outDir`. Failures a planner could have corrected (an invalid spec,
 * failing generated tests) also carry the `failures` and the `repairs` tried.
 */
export class StageFailedError extends ForgeError {
  readonly stage: Stage;
  readonly outDir: string | undefined;
  readonly failures: readonly string[];
  readonly repairs: readonly RepairRecord[];

  constructor(stage: Stage, cause: unknown, outDir: string | undefined, repair?: RepairOutcome) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const kept = outDir ? ` What was produced before it is kept in ${outDir}.` : '';
    super(
      'stage_failed',
      `The ${stage} stage failed: ${reason}${kept}${repair ? `\n${repair.reason}` : ''}`,
      {
        cause,
        isRetryable: ForgeError.isInstance(cause) && cause.isRetryable,
        details: {
          stage,
          outDir,
          causeCode: ForgeError.isInstance(cause) ? cause.code : undefined,
          ...(ForgeError.isInstance(cause) ? cause.details : {}),
          ...(repair ? { failures: repair.failures, repairs: repair.repairs } : {}),
        },
      },
    );
    this.stage = stage;
    this.outDir = outDir;
    this.failures = repair?.failures ?? [];
    this.repairs = repair?.repairs ?? [];
  }
}

/**
 * The code that says what went wrong: a stage failure's cause code (`invalid_design`,
 * `project_tests_failed`, …) rather than the generic `stage_failed`; `unexpected` for non-Forge errors.
 */
export function failureCode(error: unknown): string {
  if (!ForgeError.isInstance(error)) return 'unexpected';
  return typeof error.details.causeCode === 'string' ? error.details.causeCode : error.code;
}

/** The compiled contract breaks lint rules of severity `error` (a compiler or design problem). */
export class SpecLintError extends ForgeError {
  constructor(findings: readonly LintFinding[]) {
    const lines = findings.map(
      (finding) => `- ${finding.ruleId} at ${finding.path || '/'}: ${finding.message}`,
    );
    super(
      'spec_lint_failed',
      `The OpenAPI contract breaks ${findings.length} lint rule${findings.length === 1 ? '' : 's'}; ` +
        `change the design so these go away:\n${lines.join('\n')}`,
      { details: { findings } },
    );
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

/** A generate option has a value the pipeline cannot use; nothing has been done yet. */
export class InvalidOptionError extends ForgeError {
  constructor(option: string, message: string) {
    super('invalid_option', message, { details: { option } });
  }
}

/** The generated project's own tests failed inside the sandbox. */
export class ProjectTestsFailedError extends ForgeError {
  /** `problem` completes "The generated project's <step> step …", e.g. "exited with code 1". */
  constructor(step: 'typecheck' | 'test', problem: string, outputTail: string) {
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

/**
 * A change the caller did not allow: `breaking_change_refused` (clients of the old contract may fail;
 * allow breaking changes) or `destructive_change_refused` (stored data would be dropped or converted;
 * allow destructive changes). Nothing was written. `details.changes` lists what made it so.
 */
export class ChangeRefusedError extends ForgeError {
  constructor(
    code: 'breaking_change_refused' | 'destructive_change_refused',
    message: string,
    changes: readonly { readonly path: string; readonly description: string }[],
  ) {
    super(code, message, { details: { changes } });
  }
}

/**
 * A change merged the user's edits with conflicts: the files are written with conflict markers,
 * nothing is deployed. Resolve the markers, then run the change again.
 */
export class ChangeConflictError extends ForgeError {
  constructor(conflicts: readonly { readonly path: string; readonly firstLine: number }[]) {
    super(
      'change_conflicts',
      `Your edits and the new version conflict in ${conflicts.map((c) => `${c.path}:${c.firstLine}`).join(', ')}; the files hold conflict markers and nothing was deployed. Resolve them, then run the change again.`,
      { details: { conflicts } },
    );
  }
}
