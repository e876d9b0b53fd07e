import type { JsonSchema, LLMProvider, PlannedOperation } from '@smartapiforge/spec-engine';
import { ForgeError } from '@smartapiforge/errors';
import { contractHandlerLayouts, type ContractHandlerLayout, type Stack } from '@smartapiforge/scaffolders';
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
  /** The project's stack; by default the one whose handler context file the project holds. */
  readonly stack?: Stack;
  /** Runs the project's tests (in the sandbox) with the given files; throws when they fail. */
  readonly runTests: (files: Readonly<Record<string, string>>) => Promise<ProjectTestReport>;
  /** Repair rounds per operation after a rejected first try (default 2). */
  readonly maxRepairs?: number;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: HandlerOutcome) => void;
}

/** A spec-first project without the generated files its handlers are written against: it is incomplete. */
export class HandlerLayoutError extends ForgeError {
  constructor(layouts: readonly ContractHandlerLayout[]) {
    const expected = layouts.map((layout) => `${layout.contextFiles.join(' and ')} (${layout.stack})`);
    super(
      'handler_layout_unknown',
      `The project has custom operations but not the files their handlers are written against: ${expected.join(', or ')}. Regenerate the project to restore them.`,
      { details: { expected: layouts.map((layout) => layout.contextFiles) } },
    );
  }
}

function answerSchema(layout: ContractHandlerLayout): JsonSchema {
  return {
    type: 'object',
    properties: { source: { type: 'string', description: `The complete ${layout.language} file` } },
    required: ['source'],
    additionalProperties: false,
  };
}

function systemPrompt(layout: ContractHandlerLayout): string {
  return [
    `You implement one operation of a ${layout.framework} + ${layout.language} API generated from an OpenAPI contract.`,
    'Answer with the complete source of its handler file.',
    ...layout.conventions,
  ].join('\n');
}

/**
 * Asks the model for each custom operation's handler and keeps an implementation only when that
 * operation's contract test passes with it (the project's tests, run as `runTests` runs them); a
 * rejected try goes back to the model with the failure, `maxRepairs` times, after which the 501 stub
 * stays. Where handlers live and how one is written come from the stack's handler layout. Returns the
 * files with every kept implementation in place.
 */
export async function implementHandlers(
  options: ImplementHandlersOptions,
): Promise<{ files: Record<string, string>; outcomes: HandlerOutcome[] }> {
  const files = { ...options.files };
  const outcomes: HandlerOutcome[] = [];
  const custom = options.contract.plan.operations.filter((op) => op.kind === 'custom');
  if (custom.length === 0) return { files, outcomes };
  const layout = layoutOf(options.stack, files);
  const maxRepairs = options.maxRepairs ?? 2;
  const context = layout.contextFiles.map((file) => `${file}:\n${files[file]!}`);
  for (const operation of custom) {
    const file = layout.handlerFile(operation.handler ?? '');
    const stub = files[file];
    // Only stubs are offered to the model; a handler someone already wrote is theirs.
    if (stub === undefined || !stub.includes(layout.stubMarker)) continue;
    const name = `${operation.method} ${operation.path}`;
    let feedback: string | undefined;
    let previous: string | undefined;
    let outcome: HandlerOutcome | undefined;
    for (let attempt = 1; attempt <= 1 + maxRepairs && outcome === undefined; attempt++) {
      const answer = await options.llm.generateObject({
        system: systemPrompt(layout),
        prompt: prompt(operation, options.contract, context, previous, feedback),
        schema: answerSchema(layout),
        schemaName: 'handler_source',
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const source = (answer.object as { source?: unknown } | null)?.source;
      if (typeof source !== 'string' || !layout.entryPoint.pattern.test(source)) {
        feedback = `The answer must be the whole file, with \`${layout.entryPoint.signature}\`.`;
        continue;
      }
      const verdict = await verify(
        options.runTests,
        { ...files, [file]: source },
        layout.operationTest(name),
      );
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

/** The given stack's layout, or the one whose handler context the project holds; either must be complete. */
function layoutOf(stack: Stack | undefined, files: Readonly<Record<string, string>>): ContractHandlerLayout {
  const candidates =
    stack === undefined ? Object.values(contractHandlerLayouts) : [contractHandlerLayouts[stack]];
  const found = candidates.find((layout) => layout.contextFiles.every((file) => file in files));
  if (found === undefined) throw new HandlerLayoutError(candidates);
  return found;
}

/** The operation's own contract test must pass; any failing test (type errors included) rejects the try. */
async function verify(
  runTests: ImplementHandlersOptions['runTests'],
  files: Readonly<Record<string, string>>,
  testName: string,
): Promise<{ passed: boolean; reason: string }> {
  try {
    const report = await runTests(files);
    const own = report.cases?.find((entry) => entry.name.includes(testName));
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
  context: readonly string[],
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
    ...context,
  ];
  if (previous !== undefined) parts.push(`Your previous file:\n${previous}`);
  if (feedback !== undefined) parts.push(`It was rejected: ${feedback}\nFix it.`);
  return parts.join('\n\n');
}
