import type { ContractPlan } from '@smartapiforge/spec-engine';
import { ScaffoldError } from '../naming.js';

const tableName = /^[a-z][a-z0-9_]{0,62}$/;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The schema of a spec-first project: a table per collection holding each item as JSON under its
 * key (and the path parameters of its parent, for nested collections), and an accounts table when
 * the contract has local accounts, its identity properties unique regardless of case.
 */
export function renderContractMigration(plan: ContractPlan): string {
  const lines = [
    '-- Generated from openapi.json: one table per collection, items stored as the contract names them.',
  ];
  const check = (table: string) => {
    if (!tableName.test(table)) throw new ScaffoldError(`The table name "${table}" is not a plain SQL name.`);
    return table;
  };
  for (const collection of plan.collections) {
    const table = check(collection.table);
    lines.push(
      '',
      `-- ${collection.path.replaceAll('\n', ' ')}`,
      `CREATE TABLE "${table}" (`,
      "  scope text NOT NULL DEFAULT '',",
      '  key text NOT NULL,',
      '  seq bigserial NOT NULL,',
      '  owner text,',
      '  body jsonb NOT NULL,',
      '  created_at timestamptz NOT NULL DEFAULT now(),',
      '  updated_at timestamptz NOT NULL DEFAULT now(),',
      '  PRIMARY KEY (scope, key)',
      ');',
      `CREATE INDEX "${table}_seq_idx" ON "${table}" (scope, seq);`,
    );
  }
  if (plan.accounts) {
    const table = check(plan.accounts.table);
    lines.push(
      '',
      `-- Local accounts (${plan.accounts.collection}): passwords only as bcrypt hashes, never in the body.`,
      `CREATE TABLE "${table}" (`,
      '  id text PRIMARY KEY,',
      '  password_hash text NOT NULL,',
      '  body jsonb NOT NULL,',
      '  created_at timestamptz NOT NULL DEFAULT now()',
      ');',
      ...plan.accounts.identityProperties.map(
        (property, index) =>
          `CREATE UNIQUE INDEX "${table}_identity_${index}" ON "${table}" (lower(body ->> ${literal(property)}));`,
      ),
    );
  }
  if (plan.collections.length === 0 && !plan.accounts)
    // psycopg2 refuses a file of comments alone ("can't execute an empty query"); this one has nothing to create.
    lines.push('', '-- The contract declares nothing to store.', 'SELECT 1;');
  return `${lines.join('\n')}\n`;
}
