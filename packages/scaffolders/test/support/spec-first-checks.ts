import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { planContract } from '@smartapiforge/spec-engine';
import { expect } from 'vitest';
import { probeOperations, type ProbeReport } from '../../src/contract-first/probe/operation-probe.js';
import { runPostman } from './postman-run.js';

type Planned = ReturnType<typeof planContract>;

/** Credentials of every kind a spec-first server may need, as its environment and as the probe presents them. */
export const specFirstSecrets = {
  JWT_SECRET: 'probe-secret-that-is-long-enough-for-hs256',
  API_KEYS: 'probe-api-key',
  BASIC_AUTH_USERS: 'prober:probe-password',
  BCRYPT_COST: '4',
} as const;

/**
 * Probes every declared operation of a served spec-first project, records
 * `passed / failed / not implemented / 2xx` (and which operations answered a declared error) under
 * `name` in `summary` for the run's log, and expects no failure: every declared operation answered as
 * declared, and the undeclared path (and method) were refused.
 */
export async function expectServedAsDeclared(
  name: string,
  planned: Planned,
  baseUrl: string,
  summary: Record<string, string>,
): Promise<ProbeReport> {
  const report = await probeOperations({
    document: planned.document,
    plan: planned.plan,
    baseUrl,
    jwtSecret: specFirstSecrets.JWT_SECRET,
    apiKey: specFirstSecrets.API_KEYS,
    basicUser: specFirstSecrets.BASIC_AUTH_USERS,
  });
  summary[name] = `${report.passed} / ${report.failed} / ${report.notImplemented} / ${report.succeeded}`;
  const declaredErrors = report.cases.filter(
    (entry) => entry.outcome === 'passed' && (entry.status < 200 || entry.status >= 300),
  );
  if (declaredErrors.length > 0)
    summary[`${name} declared errors`] = declaredErrors
      .map((entry) => `${entry.method} ${entry.path} ${entry.status}`)
      .join('; ');
  expect(report.cases.filter((entry) => entry.outcome === 'failed')).toEqual([]);
  expect(report.cases.length).toBeGreaterThan(planned.plan.operations.length);
  return report;
}

export interface PostmanOutcome {
  /** Failed assertions of requests that touch only implemented operations. */
  readonly failures: string[];
  readonly totals: {
    readonly all: { total: number; passed: number };
    readonly implemented: { total: number; passed: number };
    readonly requests: number;
    readonly implementedRequests: number;
  };
}

/**
 * Runs RealWorld's official Postman collection (beside `contractFile`) against `apiUrl`, records its
 * totals in `summary` and expects every assertion of a request that touches only implemented
 * operations to pass. Requests on custom operations (501 stubs), and the favorites filter that only
 * they can make true, are counted apart.
 */
export async function expectRealworldPostman(
  planned: Planned,
  contractFile: string,
  apiUrl: string,
  summary: Record<string, string>,
): Promise<PostmanOutcome> {
  const collection = JSON.parse(
    await readFile(path.join(path.dirname(contractFile), 'Conduit.postman_collection.json'), 'utf8'),
  ) as object;
  const suffix = Math.random().toString(36).slice(2, 8);
  const executions = await runPostman(collection, apiUrl, {
    USERNAME: `user${suffix}`,
    EMAIL: `user${suffix}@example.com`,
    PASSWORD: 'correct horse battery staple',
  });
  const custom = planned.plan.operations.filter((operation) => operation.kind === 'custom');
  const touchesCustom = (method: string, requestPath: string) =>
    /[?&]favorited=/.test(requestPath) ||
    custom.some(
      (operation) =>
        operation.method === method &&
        new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(requestPath.split('?')[0]!),
    );
  const count = (list: typeof executions) => {
    const all = list.flatMap((execution) => execution.assertions);
    return { total: all.length, passed: all.filter((assertion) => assertion.passed).length };
  };
  const implemented = executions.filter((execution) => !touchesCustom(execution.method, execution.path));
  const outcome = {
    failures: implemented.flatMap((execution) =>
      execution.assertions
        .filter((assertion) => !assertion.passed)
        .map((assertion) => `${execution.method} ${execution.path} (${execution.status}): ${assertion.name}`),
    ),
    totals: {
      all: count(executions),
      implemented: count(implemented),
      requests: executions.length,
      implementedRequests: implemented.length,
    },
  };
  summary['realworld postman'] = JSON.stringify(outcome.totals);
  expect(outcome.failures).toEqual([]);
  expect(outcome.totals.implemented.total).toBeGreaterThan(100);
  return outcome;
}
