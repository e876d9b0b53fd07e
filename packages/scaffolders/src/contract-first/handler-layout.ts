import type { GeneratedProject } from '../generated-project.js';

/**
 * Where a spec-first project of one stack keeps the handlers of its custom operations and how one is
 * written: what a tool that writes or checks a handler needs to know, kept beside the templates that
 * make these files so the two cannot drift apart.
 */
export interface ContractHandlerLayout {
  readonly stack: GeneratedProject['stack'];
  /** The framework and language, as a reader (or a model) should hear them. */
  readonly framework: string;
  readonly language: string;
  /** The handler file of the custom operation the plan names `handler`, relative to the project. */
  handlerFile(handler: string): string;
  /** Generated files a handler is written against: its context types and the storage it uses. */
  readonly contextFiles: readonly string[];
  /** A call only the generated 501 stub makes: a file without it was written by someone. */
  readonly stubMarker: string;
  /** The handler's entry point, as it must be declared, and a pattern that finds it in a file. */
  readonly entryPoint: { readonly signature: string; readonly pattern: RegExp };
  /** How a handler is written: calling convention, result, errors, data access. */
  readonly conventions: readonly string[];
  /**
   * Part of the name of the project's own test (as its JUnit report gives it) that proves the
   * operation `METHOD /path` answers as the contract declares.
   */
  operationTest(operation: string): string;
}

/** The Python module of a handler: plan handler names are kebab-case, module names cannot be. */
export function handlerModule(handler: string): string {
  return handler.replaceAll('-', '_');
}

const express: ContractHandlerLayout = {
  stack: 'express',
  framework: 'Express',
  language: 'TypeScript',
  handlerFile: (handler) => `src/handlers/${handler}.ts`,
  contextFiles: ['src/handlers/context.ts', 'src/contract/store.ts'],
  stubMarker: 'notImplemented(',
  entryPoint: {
    signature: 'export default async function handle(context: HandlerContext): Promise<OperationResult>',
    pattern: /^export default async function handle\b/m,
  },
  conventions: [
    'The file is ESM TypeScript in strict mode; it adds no dependencies.',
    "It must `export default async function handle(context: HandlerContext): Promise<OperationResult>` importing types from './context.js'.",
    'Return { status, body } with a status the contract declares; the body is shaped to the declared schema.',
    'Throw ApiProblem (from ./context.js) for errors. Use context.services.store and context.services.accounts for data.',
  ],
  // test/operations.test.ts names each case `<METHOD /path> answers as the contract declares`.
  operationTest: (operation) => `${operation} answers as the contract declares`,
};

const fastapi: ContractHandlerLayout = {
  stack: 'fastapi',
  framework: 'FastAPI',
  language: 'Python',
  handlerFile: (handler) => `app/handlers/${handlerModule(handler)}.py`,
  contextFiles: ['app/handlers/context.py', 'app/contract/store.py'],
  stubMarker: 'not_implemented(',
  entryPoint: {
    signature: 'def handle(context: HandlerContext) -> OperationResult',
    pattern: /^def handle\(/m,
  },
  conventions: [
    'The file is a typed Python 3.13 module; it adds no dependencies (the standard library and the app package only).',
    'It must define a synchronous `def handle(context: HandlerContext) -> OperationResult`, importing from app.handlers.context.',
    'Return OperationResult(status, body) with a status the contract declares; the body is shaped to the declared schema.',
    'Raise ApiProblem(status, detail) (from app.handlers.context) for errors.',
    'context.input holds path, query, headers and cookies (dicts of parameters coerced to their declared types), body (the validated JSON) and caller (None, or a Caller with id and scopes).',
    'Use context.services.store (the Store below) and context.services.accounts (None without local accounts) for data.',
  ],
  // tests/test_operations.py parametrizes one test by `<METHOD /path>`; pytest puts the id in brackets.
  operationTest: (operation) => `test_answers_as_the_contract_declares[${operation}]`,
};

/** The handler layout of each stack's spec-first projects. */
export const contractHandlerLayouts: Readonly<Record<GeneratedProject['stack'], ContractHandlerLayout>> = {
  express,
  fastapi,
};
