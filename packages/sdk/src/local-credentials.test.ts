import { createHmac } from 'node:crypto';
import { parseDesign } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { createLocalCredentials, signJwt } from './local-credentials.js';

const design = (auth: { type: string }) =>
  parseDesign({
    name: 'notes',
    title: 'Notes',
    auth,
    resources: [
      {
        name: 'note',
        plural: 'notes',
        ownership: auth.type === 'none' ? 'none' : 'owner',
        fields: [{ name: 'title', type: 'string' }],
      },
    ],
  });

describe('local credentials', () => {
  it('makes none for an open API', () => {
    expect(createLocalCredentials(design({ type: 'none' }))).toBeUndefined();
  });

  it('makes two distinct API keys and the API_KEYS setting that accepts them', () => {
    const credentials = createLocalCredentials(design({ type: 'api-key' }))!;
    expect(credentials.tokens[0]).not.toBe(credentials.tokens[1]);
    expect(credentials.env.API_KEYS!.split(',')).toEqual([...credentials.tokens]);
    expect(credentials.header).toBe('X-API-Key');
  });

  it("signs two users' JWTs with a fresh secret, each verifiable with it", () => {
    const first = createLocalCredentials(design({ type: 'bearer-jwt' }))!;
    const second = createLocalCredentials(design({ type: 'bearer-jwt' }))!;
    expect(first.env.JWT_SECRET).not.toBe(second.env.JWT_SECRET);
    // The audience generated APIs check; the deployment states it rather than rely on their default.
    expect(first.env.JWT_AUDIENCE).toBe('authenticated');
    const subjects = first.tokens.map((token) => {
      const [header, payload, signature] = token.split('.');
      const expected = createHmac('sha256', first.env.JWT_SECRET!)
        .update(`${header}.${payload}`)
        .digest('base64url');
      expect(signature).toBe(expected);
      return (JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { sub: string }).sub;
    });
    expect(subjects[0]).not.toBe(subjects[1]);
  });

  it('sets issue and expiry times a verifier accepts', () => {
    const token = signJwt('secret', 'user-1', 1_000);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      sub: 'user-1',
      aud: 'authenticated',
      role: 'authenticated',
      iat: 1_000,
      exp: 1_000 + 7 * 24 * 3600,
    });
  });
});
