import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { badRequest, notFound, ServerError } from '../errors.js';
import { isUuid } from '../ids.js';
import type { Project, Store } from '../store/store.js';

export interface CredentialsServiceDependencies {
  readonly store: Store;
}

/** Longest lifetime of a minted token: 30 days. */
const maxTokenSeconds = 30 * 24 * 3600;

/** What a deployed API that requires auth accepts, for its owner: never the secret it runs with. */
export interface DeploymentCredentials {
  readonly type: 'bearer-jwt' | 'api-key';
  /** The header to send each token in, e.g. `Authorization: Bearer` or `X-API-Key`. */
  readonly header: string;
  /** Two users' tokens (bearer JWTs, or API keys) made for this deployment. */
  readonly tokens: readonly string[];
  readonly links: { readonly tokens?: string };
}

/**
 * Lets the owner of a deployed API that requires auth call it: its credentials, and for JWT APIs fresh
 * tokens signed with the deployment's secret (its audience and issuer when it checks them). Every
 * read goes through RLS as the owner, so for anyone else the project does not exist.
 */
export function createCredentialsService(deps: CredentialsServiceDependencies) {
  const { store } = deps;

  async function liveCredentials(owner: string, projectId: string) {
    const project: Project | undefined = await store.getProject(owner, projectId);
    if (!project) throw notFound(`Project ${projectId}`);
    const credentials = project.deploymentStoppedAt ? undefined : project.deployment?.credentials;
    if (!credentials)
      throw new ServerError(
        404,
        'not_found',
        `Project ${projectId} has no credentials: it has no live deployment, or its API requires no auth.`,
      );
    await store.touchDeployment(owner, projectId);
    return credentials;
  }

  return {
    async get(owner: string, projectId: string): Promise<DeploymentCredentials> {
      const credentials = await liveCredentials(owner, projectId);
      return {
        type: credentials.type,
        header: credentials.header,
        tokens: [...credentials.tokens],
        links: credentials.type === 'bearer-jwt' ? { tokens: `/v1/projects/${projectId}/tokens` } : {},
      };
    },

    /** A new bearer token for the deployed API, for `subject` (default: a new user id). */
    async mintToken(
      owner: string,
      projectId: string,
      request: { readonly subject?: unknown; readonly expiresInSeconds?: unknown },
    ) {
      const { subject = randomUUID(), expiresInSeconds = 3600 } = request;
      if (typeof subject !== 'string' || !isUuid(subject))
        throw badRequest('`subject` must be a user id (a UUID): the owner the API will see.');
      if (
        typeof expiresInSeconds !== 'number' ||
        !Number.isInteger(expiresInSeconds) ||
        expiresInSeconds < 60 ||
        expiresInSeconds > maxTokenSeconds
      )
        throw badRequest(`\`expiresInSeconds\` must be an integer from 60 to ${maxTokenSeconds} (30 days).`);
      const credentials = await liveCredentials(owner, projectId);
      const secret = credentials.env.JWT_SECRET;
      if (credentials.type !== 'bearer-jwt' || !secret)
        throw new ServerError(
          409,
          'no_token_minting',
          `Project ${projectId}'s API takes API keys, not tokens; GET its credentials for the keys.`,
        );
      const issuedAt = Math.floor(Date.now() / 1000);
      const expiresAt = issuedAt + expiresInSeconds;
      let jwt = new SignJWT({ role: 'authenticated' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(subject)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt);
      if (credentials.env.JWT_AUDIENCE) jwt = jwt.setAudience(credentials.env.JWT_AUDIENCE);
      if (credentials.env.JWT_ISSUER) jwt = jwt.setIssuer(credentials.env.JWT_ISSUER);
      return {
        token: await jwt.sign(new TextEncoder().encode(secret)),
        subject,
        header: credentials.header,
        expiresAt: new Date(expiresAt * 1000).toISOString(),
      };
    },
  };
}

export type CredentialsService = ReturnType<typeof createCredentialsService>;
