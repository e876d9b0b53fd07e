import type { ContractPlan, PlannedOperation } from '@smartapiforge/spec-engine';
import { ScaffoldError } from '../naming.js';
import { handlerModule } from './handler-layout.js';

/** What a spec-first project is made from: the user's document (OpenAPI 3.1) and the plan for serving it. */
export interface ContractFirstInput {
  /** kebab-case project and package name. */
  readonly name: string;
  readonly document: Record<string, unknown>;
  readonly plan: ContractPlan;
}

export interface CustomOperationModel extends PlannedOperation {
  readonly handler: string;
  /** The handler's import name in src/handlers/index.ts. */
  readonly identifier: string;
  /** The handler's Python module name (app/handlers/<module>.py). */
  readonly module: string;
}

export interface ContractFirstModel {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly basePath: string;
  readonly plan: ContractPlan;
  /** The plan as TypeScript/JSON literal text for src/contract/plan.ts. */
  readonly planJson: string;
  readonly operations: readonly PlannedOperation[];
  readonly customOperations: readonly CustomOperationModel[];
  /** Lower-case headers that carry API keys (redacted from logs). */
  readonly credentialHeaders: readonly string[];
  readonly schemeTypes: readonly string[];
}

const apiName = /^[a-z][a-z0-9-]{0,62}$/;
const handlerName = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function contractFirstModel({ name, document, plan }: ContractFirstInput): ContractFirstModel {
  if (!apiName.test(name))
    throw new ScaffoldError(`The project name "${name}" must be kebab-case (a-z, 0-9, -).`);
  const info = (document['info'] ?? {}) as { title?: unknown; version?: unknown };
  const customOperations = plan.operations
    .filter((operation) => operation.kind === 'custom')
    .map((operation) => {
      const handler = operation.handler ?? '';
      // Handler names become file names and import specifiers; the plan makes them, this keeps them safe.
      if (!handlerName.test(handler))
        throw new ScaffoldError(`The handler name "${handler}" is not a safe file name.`);
      const identifier = `handle${handler
        .split('-')
        .map((word) => word[0]!.toUpperCase() + word.slice(1))
        .join('')}`;
      return { ...operation, handler, identifier, module: handlerModule(handler) };
    });
  return {
    name,
    title: typeof info.title === 'string' ? info.title : name,
    version: typeof info.version === 'string' && /^\d+\.\d+\.\d+/.test(info.version) ? info.version : '1.0.0',
    basePath: plan.basePath,
    plan,
    planJson: JSON.stringify(
      {
        basePath: plan.basePath,
        operations: plan.operations,
        collections: plan.collections,
        securitySchemes: plan.securitySchemes,
        ...(plan.accounts ? { accounts: plan.accounts } : {}),
      },
      null,
      2,
    ),
    operations: plan.operations,
    customOperations,
    credentialHeaders: Object.values(plan.securitySchemes)
      .filter(
        (scheme) =>
          scheme.type === 'apiKey' &&
          scheme.in === 'header' &&
          scheme.name &&
          scheme.name.toLowerCase() !== 'authorization',
      )
      .map((scheme) => scheme.name!.toLowerCase().replace(/[^a-z0-9-]/g, '')),
    schemeTypes: [...new Set(Object.values(plan.securitySchemes).map((scheme) => scheme.type))].sort(),
  };
}
