import { createHmac, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  probeOperations,
  scaffoldContractExpress,
  scaffoldContractFastapi,
  type GeneratedProject,
  type Stack,
} from '@smartapiforge/scaffolders';
import {
  importSpec,
  parseDesign,
  planContract,
  SpecImportError,
  SpecValidationError,
  validateOpenApi,
  type ApiDesign,
  type ContractPlan,
} from '@smartapiforge/spec-engine';
import { ForgeError } from '@smartapiforge/errors';
import type { ContractCheck } from './contract-check.js';
import { ContractFailedError } from './errors.js';
import type { LocalCredentials } from './local-credentials.js';

/**
 * A user's OpenAPI document ready to serve as written (spec-first): the document (3.0 upgraded to
 * 3.1), the plan for each of its operations, and a design that describes the storage behind it.
 */
export interface SpecFirstContract {
  readonly name: string;
  readonly document: Record<string, unknown>;
  readonly plan: ContractPlan;
  readonly design: ApiDesign;
  /** Everything approximated or not served, each with the JSON pointer it concerns. */
  readonly warnings: readonly string[];
}

/** Plans serving `spec` as written; throws SpecImportError with what to change when nothing can be served. */
export function importContract(spec: string | object): SpecFirstContract {
  const { document, plan } = planContract(spec);
  const info = (document['info'] ?? {}) as { title?: unknown };
  const title =
    typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : 'Imported API';
  const name =
    title
      .toLowerCase()
      .replace(/\bapi\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'imported-api';
  return {
    name,
    document,
    plan,
    design: storageDesign(spec, plan, name, title),
    warnings: plan.warnings.map((warning) => `${warning.path}: ${warning.reason}`),
  };
}

/**
 * The design shown beside a spec-first project: the importer's reading of its resources and fields
 * where the document has CRUD routes; otherwise one entry per stored collection (items kept as JSON).
 */
function storageDesign(spec: string | object, plan: ContractPlan, name: string, title: string): ApiDesign {
  try {
    return { ...importSpec(spec).design, name };
  } catch (error) {
    if (!(error instanceof SpecImportError) || error.code !== 'import_unmappable') throw error;
  }
  const tables = plan.collections.map((collection) => collection.table);
  return parseDesign({
    name,
    title: title.slice(0, 120),
    version: '1.0.0',
    description: 'Served from the imported contract as written.',
    resources: (tables.length > 0 ? tables : ['records']).map((table) => ({
      name: `${table}_item`.slice(0, 63),
      plural: table,
      fields: [{ name: 'body', type: 'json', description: 'The item exactly as the contract names it.' }],
    })),
    relations: [],
    auth: { type: 'none' },
  });
}

/**
 * Checks the user's document against the OpenAPI 3.1 and JSON Schema meta-schemas. Examples that break
 * their own schema are an authoring slip the server does not depend on: they come back as warnings
 * with their JSON pointers. Anything else that makes the document invalid is thrown.
 */
export async function validateContract(document: Record<string, unknown>): Promise<string[]> {
  try {
    await validateOpenApi(document);
    return [];
  } catch (error) {
    if (!(error instanceof SpecValidationError)) throw error;
    const isExample = (path: string) => /\/(examples?)(\/|$)/.test(path);
    const blocking = error.issues.filter((issue) => !isExample(issue.path));
    if (blocking.length > 0) throw new SpecValidationError(blocking);
    return error.issues.map((issue) => `${issue.path}: ${issue.message} (the example is served as written)`);
  }
}

// A custom operation's handler file: `src/handlers/<name>.ts` (Express) or `app/handlers/<name>.py`
// (FastAPI); the generated index and context beside them are regenerated.
const handlerFile = /^(src\/handlers\/[a-z0-9-]+\.ts|app\/handlers\/[a-z0-9_]+\.py)$/;
const generatedHandlerFile = /\/(index|context|__init__)\.(ts|py)$/;

/**
 * Handler files of custom operations already in `outDir` (the generated index and context aside):
 * they belong to the user, so a regeneration keeps them as they are.
 */
export async function existingHandlers(
  outDir: string,
  files: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const kept: Record<string, string> = {};
  for (const file of Object.keys(files)) {
    if (!handlerFile.test(file) || generatedHandlerFile.test(file)) continue;
    const current = await readFile(path.join(outDir, file), 'utf8').catch(() => undefined);
    if (current !== undefined) kept[file] = current;
  }
  return kept;
}

/** The spec-first project for `stack`. */
export function scaffoldContract(stack: Stack, contract: SpecFirstContract): GeneratedProject {
  const input = { name: contract.name, document: contract.document, plan: contract.plan };
  switch (stack) {
    case 'express':
      return scaffoldContractExpress(input);
    case 'fastapi':
      return scaffoldContractFastapi(input);
    default:
      throw new ForgeError(
        'unsupported_stack',
        `Spec-first generation serves contracts with the express and fastapi stacks; ${String(stack)} is not one of them.`,
      );
  }
}

/** Secrets for one deployment, for each kind of scheme the contract declares, and what the probe calls with. */
export interface ContractSecrets {
  readonly env: Readonly<Record<string, string>>;
  readonly probe: { readonly jwtSecret?: string; readonly apiKey?: string; readonly basicUser?: string };
  readonly credentials?: LocalCredentials;
}

export function contractSecrets(plan: ContractPlan): ContractSecrets {
  const schemes = Object.values(plan.securitySchemes);
  const env: Record<string, string> = {};
  const probe: { jwtSecret?: string; apiKey?: string; basicUser?: string } = {};
  let credentials: LocalCredentials | undefined;
  if (plan.accounts || schemes.some((scheme) => scheme.jwt)) {
    probe.jwtSecret = env['JWT_SECRET'] = randomBytes(32).toString('hex');
    const tokens = [sign(probe.jwtSecret, 'user-1'), sign(probe.jwtSecret, 'user-2')] as const;
    credentials = { type: 'bearer-jwt', env: { ...env }, tokens, header: 'Authorization: Bearer' };
  }
  const keyScheme = schemes.find((scheme) => scheme.type === 'apiKey' && !scheme.jwt);
  if (keyScheme) {
    const keys = [randomBytes(24).toString('base64url'), randomBytes(24).toString('base64url')] as const;
    probe.apiKey = keys[0];
    env['API_KEYS'] = keys.join(',');
    credentials ??= {
      type: 'api-key',
      env: { API_KEYS: env['API_KEYS'] },
      tokens: keys,
      header: keyScheme.name ?? 'X-API-Key',
    };
  }
  if (schemes.some((scheme) => scheme.type === 'basic')) {
    probe.basicUser = env['BASIC_AUTH_USERS'] = `forge:${randomBytes(18).toString('base64url')}`;
  }
  return { env, probe, ...(credentials ? { credentials } : {}) };
}

function sign(secret: string, subject: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: subject, iat: now, exp: now + 7 * 24 * 3600 })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/**
 * Calls every operation of the user's document on the served API and checks each answer against it;
 * custom operations still answering 501 are reported as skipped ("not implemented"), never hidden.
 */
export async function checkContractOperations(
  contract: SpecFirstContract,
  baseUrl: string,
  secrets: ContractSecrets,
): Promise<ContractCheck> {
  const started = performance.now();
  const report = await probeOperations({
    document: contract.document,
    plan: contract.plan,
    baseUrl,
    ...secrets.probe,
  });
  const cases = report.cases.map((entry) => ({
    name: `${entry.method} ${entry.path}`,
    status: entry.outcome === 'not-implemented' ? ('skipped' as const) : entry.outcome,
    message:
      entry.outcome === 'not-implemented'
        ? `not implemented (${entry.message ?? 'handler stub'})`
        : `answered ${entry.status}${entry.message ? `: ${entry.message}` : ''}`,
  }));
  const failed = cases.filter((entry) => entry.status === 'failed');
  if (failed.length > 0) throw new ContractFailedError(failed);
  return {
    passed: report.passed,
    failed: 0,
    skipped: report.notImplemented,
    cases,
    durationMs: Math.round(performance.now() - started),
  };
}
