/**
 * Who a transaction acts as. `user` and `anon` go through row-level security exactly like a Supabase
 * client would; `service` is for the server's own cross-owner housekeeping (resuming jobs, resolving
 * API keys) and bypasses RLS like Supabase's service_role; `admin` keeps the connection's own role,
 * for migrations and test setup only.
 */
export type Actor =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'anon' }
  | { readonly kind: 'service' }
  | { readonly kind: 'admin' };

export interface QueryResult<Row> {
  readonly rows: Row[];
  /** Rows inserted, updated or deleted: what RLS tests compare with zero. */
  readonly rowCount: number;
}

/** One open transaction. Parameters are positional ($1, $2, ...); pass JSON as strings with ::jsonb. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** Runs a multi-statement script without parameters (migrations, SQL test files). */
  exec(script: string): Promise<void>;
}

/** A PostgreSQL database reached either in-process (PGlite) or over the wire (pg). */
export interface Database {
  readonly dialect: 'pglite' | 'postgres';
  /** Runs `work` in one transaction acting as `actor`; commits if it resolves, rolls back if it throws. */
  transaction<T>(actor: Actor, work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The statements that make a transaction act as `actor`: the role is SET LOCAL and the claims are set
 * with is_local = true, so neither can leak into the next transaction on a pooled connection.
 */
export function actAs(actor: Actor): { text: string; params: unknown[] }[] {
  if (actor.kind === 'admin') return [];
  const role = actor.kind === 'user' ? 'authenticated' : actor.kind === 'anon' ? 'anon' : 'service_role';
  const claims = actor.kind === 'user' ? { sub: actor.userId, role } : { role };
  return [
    { text: "select set_config('request.jwt.claims', $1, true)", params: [JSON.stringify(claims)] },
    { text: `set local role ${role}`, params: [] },
  ];
}
