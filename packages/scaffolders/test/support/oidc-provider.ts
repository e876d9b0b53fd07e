import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** An OpenID Connect provider on loopback: its discovery document and its JWKS, as a real one serves them. */
export interface OidcProvider {
  readonly server: Server;
  readonly issuer: string;
  /** `<issuer>/.well-known/openid-configuration`. */
  readonly discoveryUrl: string;
  /** Discovery documents served so far. */
  readonly discoveries: () => number;
  /** An RS256 access token with these claims (`iss`, `iat` and a ten-minute `exp` added unless given), signed with the published key. */
  token(claims: Record<string, unknown>): string;
  /** The same, signed with a key the provider never published (a forgery). */
  forged(claims: Record<string, unknown>): string;
  close(): Promise<void>;
}

const kid = 'oidc-test-key';

export async function startOidcProvider(): Promise<OidcProvider> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let discoveries = 0;
  const server = createServer((request, response) => {
    const json = (value: object) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (request.url === '/.well-known/openid-configuration') {
      discoveries++;
      json({ issuer, jwks_uri: `${issuer}/jwks`, id_token_signing_alg_values_supported: ['RS256'] });
    } else if (request.url === '/jwks')
      json({ keys: [{ ...published.publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const signWith = (key: KeyObject, claims: Record<string, unknown>) => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const head = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode({ iss: issuer, iat: now, exp: now + 600, ...claims })}`;
    return `${head}.${sign('sha256', Buffer.from(head), key).toString('base64url')}`;
  };
  return {
    server,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    discoveries: () => discoveries,
    token: (claims) => signWith(published.privateKey, claims),
    forged: (claims) => signWith(foreign.privateKey, claims),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
