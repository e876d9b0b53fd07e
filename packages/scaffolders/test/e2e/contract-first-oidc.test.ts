import { planContract } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldContractExpress } from '../../src/contract-first/scaffold-contract-express.js';
import { scaffoldContractFastapi } from '../../src/contract-first/scaffold-contract-fastapi.js';
import { startOidcProvider, type OidcProvider } from '../support/oidc-provider.js';
import { fastapiTools, serveProject, type ServedProject } from '../support/serve-project.js';

// A contract secured by OpenID Connect: each stack finds the provider's keys and issuer through the
// discovery document its openIdConnectUrl names (a provider on loopback), and checks every token
// against them, scopes included.
let provider: OidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider();
});

afterAll(async () => {
  await provider?.close();
});

function contract(discoveryUrl: string): object {
  const note = {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string' }, text: { type: 'string' } },
  };
  const errors = { '401': { description: 'no valid token' }, '403': { description: 'missing scope' } };
  return {
    openapi: '3.1.0',
    info: { title: 'Notes', version: '1.0.0' },
    components: { securitySchemes: { Oidc: { type: 'openIdConnect', openIdConnectUrl: discoveryUrl } } },
    paths: {
      '/notes': {
        get: {
          security: [{ Oidc: ['notes:read'] }],
          responses: {
            '200': {
              description: 'notes',
              content: { 'application/json': { schema: { type: 'array', items: note } } },
            },
            ...errors,
          },
        },
      },
    },
  };
}

const stacks = [
  ['express', scaffoldContractExpress],
  ...(fastapiTools ? [['fastapi', scaffoldContractFastapi] as const] : []),
] as const;

describe.each(stacks)('spec-first %s with an OpenID Connect scheme', (_stack, scaffold) => {
  let served: ServedProject;
  let discoveriesBefore: number;

  beforeAll(async () => {
    discoveriesBefore = provider.discoveries();
    const planned = planContract(contract(provider.discoveryUrl));
    served = await serveProject(
      scaffold({ name: 'notes', document: planned.document, plan: planned.plan }),
      {},
    );
  }, 180_000);

  afterAll(async () => {
    await served?.stop();
  });

  const notes = (token?: string) =>
    fetch(`${served.baseUrl}/notes`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('accepts a token the discovered provider signed, with the scope the operation requires', async () => {
    const response = await notes(provider.token({ sub: 'reader', scope: 'openid notes:read' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(provider.discoveries()).toBeGreaterThan(discoveriesBefore);
  });

  it('refuses forged tokens, other issuers, expired tokens and missing scopes', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await notes()).status).toBe(401);
    expect((await notes(provider.forged({ sub: 'mallory', scope: 'notes:read' }))).status).toBe(401);
    expect(
      (await notes(provider.token({ sub: 'x', scope: 'notes:read', iss: 'https://elsewhere.example' })))
        .status,
    ).toBe(401);
    expect((await notes(provider.token({ sub: 'x', scope: 'notes:read', exp: now - 60 }))).status).toBe(401);
    expect((await notes(provider.token({ sub: 'x', scope: 'openid' }))).status).toBe(403);
  });
});
