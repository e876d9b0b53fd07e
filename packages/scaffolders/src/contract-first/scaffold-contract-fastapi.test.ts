import { readFileSync } from 'node:fs';
import { planContract } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { ScaffoldError } from '../naming.js';
import { scaffoldContractExpress } from './scaffold-contract-express.js';
import { scaffoldContractFastapi } from './scaffold-contract-fastapi.js';

const realworld = planContract(
  readFileSync(new URL('../../test/fixtures/contracts/realworld/openapi.yml', import.meta.url), 'utf8'),
);
const input = { name: 'conduit', document: realworld.document, plan: realworld.plan };
const project = () => scaffoldContractFastapi(input);

describe('scaffoldContractFastapi', () => {
  it('is deterministic and ships the document exactly as planned', () => {
    expect(project()).toEqual(project());
    const { files, stack, dependencyRecipe } = project();
    expect([stack, dependencyRecipe]).toEqual(['fastapi', 'python-fastapi']);
    expect(JSON.parse(files['app/openapi.json']!)).toEqual(realworld.document);
    expect(JSON.parse(files['app/contract/plan.json']!).basePath).toBe('/api');
    expect(Object.keys(files)).toEqual([...Object.keys(files)].sort());
  });

  it('gives each custom operation a handler module of its own that answers 501 naming it', () => {
    const files = project().files;
    expect(Object.keys(files).filter((file) => file.startsWith('app/handlers/'))).toEqual([
      'app/handlers/__init__.py',
      'app/handlers/context.py',
      'app/handlers/create_article_favorite.py',
      'app/handlers/delete_article_favorite.py',
      'app/handlers/follow_user_by_username.py',
      'app/handlers/get_articles_feed.py',
      'app/handlers/unfollow_user_by_username.py',
    ]);
    expect(files['app/handlers/get_articles_feed.py']).toContain(
      'return not_implemented(context, "app/handlers/get_articles_feed.py")',
    );
    expect(files['app/handlers/__init__.py']).toContain(
      '"get-articles-feed": import_module("app.handlers.get_articles_feed").handle,',
    );
    expect(files['README.md']).toContain(
      '- `GET /articles/feed` — Get recent articles from users you follow: `app/handlers/get_articles_feed.py`',
    );
  });

  it("runs on PostgreSQL with the Express stack's migration, and pins what it imports", () => {
    const files = project().files;
    expect(files['migrations/001_contract_storage.sql']).toBe(
      scaffoldContractExpress(input).files['migrations/001_contract_storage.sql'],
    );
    const requirements = files['requirements.txt']!;
    for (const pin of ['bcrypt==4.2.0', 'jsonschema==4.19.2', 'pyjwt[crypto]==2.10.1', 'fastapi==0.115.11'])
      expect(requirements).toContain(pin);
    expect(files['.env.example']).toContain('JWT_SECRET=');
  });

  it('refuses names that would escape the project', () => {
    expect(() => scaffoldContractFastapi({ ...input, name: '../x' })).toThrow(ScaffoldError);
    const plan = {
      ...realworld.plan,
      operations: [{ ...realworld.plan.operations[0]!, kind: 'custom' as const, handler: '../../evil' }],
    };
    expect(() => scaffoldContractFastapi({ ...input, plan })).toThrow(/not a safe file name/);
  });
});
