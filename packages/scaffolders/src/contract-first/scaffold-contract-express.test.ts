import { readFileSync } from 'node:fs';
import { planContract } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { ScaffoldError } from '../naming.js';
import { scaffoldContractExpress } from './scaffold-contract-express.js';

const realworld = planContract(
  readFileSync(new URL('../../test/fixtures/contracts/realworld/openapi.yml', import.meta.url), 'utf8'),
);
const project = () =>
  scaffoldContractExpress({ name: 'conduit', document: realworld.document, plan: realworld.plan });

describe('scaffoldContractExpress', () => {
  it('is deterministic and ships the document exactly as planned', () => {
    expect(project()).toEqual(project());
    const files = project().files;
    expect(JSON.parse(files['openapi.json']!)).toEqual(realworld.document);
    expect(files['src/contract/plan.ts']).toContain('"basePath": "/api"');
    expect(Object.keys(files)).toEqual([...Object.keys(files)].sort());
  });

  it('gives each custom operation a handler file of its own that answers 501 naming it', () => {
    const files = project().files;
    const handlers = Object.keys(files).filter((file) => file.startsWith('src/handlers/'));
    expect(handlers).toEqual([
      'src/handlers/context.ts',
      'src/handlers/create-article-favorite.ts',
      'src/handlers/delete-article-favorite.ts',
      'src/handlers/follow-user-by-username.ts',
      'src/handlers/get-articles-feed.ts',
      'src/handlers/index.ts',
      'src/handlers/unfollow-user-by-username.ts',
    ]);
    expect(files['src/handlers/get-articles-feed.ts']).toContain(
      "notImplemented(context, 'src/handlers/get-articles-feed.ts')",
    );
    expect(files['README.md']).toContain(
      '- `GET /articles/feed` — Get recent articles from users you follow: `src/handlers/get-articles-feed.ts`',
    );
  });

  it('stores collections and accounts under SQL names of their own, with unique identities', () => {
    const sql = project().files['migrations/001_contract_storage.sql']!;
    expect(sql).toContain('CREATE TABLE "articles" (');
    expect(sql).toContain('CREATE TABLE "articles_comments" (');
    expect(sql).toContain(
      `CREATE UNIQUE INDEX "accounts_identity_0" ON "accounts" (lower(body ->> 'email'));`,
    );
    // Passwords are hashed by a maintained library, never stored in the body.
    expect(JSON.parse(project().files['package.json']!).dependencies.bcryptjs).toBe('3.0.3');
  });

  it('refuses names that would escape the project', () => {
    expect(() =>
      scaffoldContractExpress({ name: '../x', document: realworld.document, plan: realworld.plan }),
    ).toThrow(ScaffoldError);
    const plan = {
      ...realworld.plan,
      operations: [{ ...realworld.plan.operations[0]!, kind: 'custom' as const, handler: '../../evil' }],
    };
    expect(() => scaffoldContractExpress({ name: 'conduit', document: realworld.document, plan })).toThrow(
      /not a safe file name/,
    );
  });
});
