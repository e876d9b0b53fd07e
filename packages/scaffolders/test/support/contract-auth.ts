import { createHmac } from 'node:crypto';
import type { ApiDesign } from '@smartapiforge/spec-engine';
import type { ContractAuth } from '../../src/index.js';

/** What a served app under contract test is configured with: the suite's two users are its callers. */
export const contractSecrets = {
  JWT_SECRET: 'contract-suite-secret-0123456789abcdef',
  API_KEYS: 'first-user-key,second-user-key',
} as const;

/**
 * The contract suite's `auth` option for a fixture: two users' credentials, per the design's scheme.
 * Which collections are owner-scoped the suite reads from the contract itself (x-owner-scoped).
 */
export function contractAuth(design: ApiDesign): { auth?: ContractAuth } {
  if (design.auth.type === 'none') return {};
  const tokens: [string, string] =
    design.auth.type === 'api-key'
      ? ['first-user-key', 'second-user-key']
      : [hs256Jwt('first-user'), hs256Jwt('second-user')];
  return { auth: { tokens } };
}

function hs256Jwt(subject: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { sub: subject, aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 600 };
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', contractSecrets.JWT_SECRET).update(unsigned).digest('base64url')}`;
}
