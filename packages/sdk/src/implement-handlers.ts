import type { LLMProvider, PlannedOperation } from '@smartapiforge/spec-engine';
import { ForgeError } from '@smartapiforge/errors';
import type { SpecFirstContract } from './spec-first.js';
import type { ProjectTestReport } from './test-in-sandbox.js';

/** What became of one custom operation's handler. */
export interface HandlerOutcome {
  /** `METHOD /path`. */
  readonly operation: string;
  /** The handler file, relative to the project. */
  readonly file: string;
  /** True when a model-written implementation passed the operation's contract test and was kept. */
  readonly kept: boolean;
  /** Implementations tried (first try plus repairs). */
  readonly attempts: number;
  /** Why the last try was rejected, when none was kept. */
  readonly reason?: string;
}

export interface ImplementHandlersOptions {
  readonly llm: LLMProvider;
  readonly contract: SpecFirstContract;
  /** The generated project's files; handler stubs are replaced only in the returned copy. */
  readonly files: Readonly<Record<string, string>>;
  /** Runs the project's tests (in the sandbox) with the given files; throws when they fail. */
  readonly runTests: (files: Readonly<Record<string, string>>) => Promise<ProjectTestReport>;
  /** Repair rounds per operation after a rejected first try (default 2). */
  readonly maxRepairs?: number;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: HandlerOutcome) => void;
}

const answerSchema = {
  type: 'object',
  properties: { source: { type: 'string', description: 'The complete TypeScript file' } },
  required: ['source'],
  additionalProperties: false,
};

const system = [
  'You implement one operation of an Express + TypeScript API generated from an OpenAPI contract.',
  'Answer with the complete source of its handler file: ESM TypeScript, strict mode, no new dependencies.',
  "It must `export default async function handle(context: HandlerContext): Promise<OperationResult>` importing types from './context.js'.",
  'Return { status, body } with a status the contract declares; the body is shaped to the declared schema.',
  'Throw ApiProblem (from ./context.js) for errors. Use context.services.store and context.services.accounts for data.',
].join('\n');

/**
 * Asks the model for each custom operation's handler and keeps an implementation only when that
 * operation's contract test passes with it (the project's tests, run as `runTests` runs them); a
 * rejected try goes back to the model with the failure, `maxRepairs` times, after which the 501 stub
 * stays. Returns the files with every kept implementation in place.
 */
export async function implementHandlers(
  options: ImplementHandlersOptions,
): Promise<{ files: Record<string, string>; outcomes: HandlerOutcome[] }> {
  const files = { ...options.files };
  const outcomes: HandlerOutcome[] = [];
  const maxRepairs = options.maxRepairs ?? 2;
  const context = files['src/handlers/context.ts'] ?? '';
  const store = files['src/contract/store.ts'] ?? '';
  for (const operation of options.contract.plan.operations.filter((op) => op.kind === 'custom')) {
    const file = `src/handlers/${operation.handler}.ts`;
    const stub = files[file];
    // Only stubs are offered to the model; a handler someone already wrote is theirs.
    if (stub === undefined || !stub.includes('notImplemented(')) continue;
    const name = `${operation.method} ${operation.path}`;
    let feedback: string | undefined;
    let previous: string | undefined;
    let outcome: HandlerOutcome | undefined;
    for (let attempt = 1; attempt <= 1 + maxRepairs && outcome === undefined; attempt++) {
      const answer = await options.llm.generateObject({
        system,
        prompt: prompt(operation, options.contract, context, store, previous, feedback),
        schema: answerSchema,
        schemaName: 'handler_source',
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const source = (answer.object as { source?: unknown } | null)?.source;
      if (typeof source !== 'string' || !/export default async function/.test(source)) {
        feedback = 'The answer must be the whole file, with `export default async function handle(...)`.';
        continue;
      }
      const verdict = await verify(options.runTests, { ...files, [file]: source }, name);
      if (verdict.passed) {
        files[file] = source;
        outcome = { operation: name, file, kept: true, attempts: attempt };
      } else {
        previous = source;
        feedback = verdict.reason;
      }
    }
    outcome ??= {
      operation: name,
      file,
      kept: false,
      attempts: 1 + maxRepairs,
      reason: feedback ?? 'rejected',
    };
    if (!outcome.kept) files[file] = stub;
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return { files, outcomes };
}

/** The operation's own contract test must pass; any failing test (type errors included) rejects the try. */
async function verify(
  runTests: ImplementHandlersOptions['runTests'],
  files: Readonly<Record<string, string>>,
  name: string,
): Promise<{ passed: boolean; reason: string }> {
  try {
    const report = await runTests(files);
    const own = report.cases?.find((entry) =>
      entry.name.includes(`${name} answers as the contract declares`),
    );
    if (own?.status === 'passed') return { passed: true, reason: '' };
    return {
      passed: false,
      reason: own ? `its contract test ${own.status}: ${own.message ?? ''}` : 'its contract test did not run',
    };
  } catch (error) {
    if (error instanceof ForgeError) return { passed: false, reason: error.message.slice(0, 4000) };
    throw error;
  }
}

function prompt(
  operation: PlannedOperation,
  contract: SpecFirstContract,
  context: string,
  store: string,
  previous: string | undefined,
  feedback: string | undefined,
): string {
  const at = (pointer: string): unknown =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (value, key) =>
          (value as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
        contract.document,
      );
  const parts = [
    `Implement ${operation.method} ${operation.path}${operation.summary ? ` (${operation.summary})` : ''}.`,
    `The operation as the contract declares it:\n${JSON.stringify(at(operation.pointer), null, 2)}`,
    `Schemas it refers to:\n${JSON.stringify((contract.document['components'] as Record<string, unknown> | undefined)?.['schemas'] ?? {}, null, 2).slice(0, 12_000)}`,
    `Collections the service stores (table per collection):\n${JSON.stringify(contract.plan.collections, null, 2)}`,
    `src/handlers/context.ts:\n${context}`,
    `src/contract/store.ts:\n${store}`,
  ];
  if (previous !== undefined) parts.push(`Your previous file:\n${previous}`);
  if (feedback !== undefined) parts.push(`It was rejected: ${feedback}\nFix it.`);
  return parts.join('\n\n');
}
