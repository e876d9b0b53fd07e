import { runContractSuite, type ContractReport } from '@smartapiforge/scaffolders';
import { ContractFailedError } from './errors.js';
import type { LocalCredentials } from './local-credentials.js';

export interface ContractCheck extends ContractReport {
  readonly durationMs: number;
}

/**
 * Runs the black-box contract suite against the served API — the same suite every stack must pass —
 * with two users' credentials when the API requires auth, so ownership is checked too (the contract
 * marks owner-scoped paths; the suite reads them there).
 */
export async function checkContract(
  openapi: object,
  baseUrl: string,
  credentials: LocalCredentials | undefined,
  signal: AbortSignal | undefined,
  rateLimit?: { readonly requests: number },
): Promise<ContractCheck> {
  const started = performance.now();
  const report = await runContractSuite({
    openapi,
    baseUrl,
    ...(credentials ? { auth: { tokens: credentials.tokens } } : {}),
    ...(signal === undefined ? {} : { signal }),
    ...(rateLimit === undefined ? {} : { rateLimit: { requests: rateLimit.requests } }),
  });
  if (report.failed > 0) {
    throw new ContractFailedError(report.cases.filter((check) => check.status === 'failed'));
  }
  return { ...report, durationMs: Math.round(performance.now() - started) };
}
