/**
 * Who a transaction acts as. `user` is the server working for one user: role forge_server with that
 * user's claims, so row-level security confines it to the user's rows while it may write them (users'
 * own `authenticated` role may only read). `anon` is an anonymous Supabase client; `service` is for the server's own cross-owner housekeeping (resuming jobs, resolving
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
  /** The server's connection URL (PostgreSQL only), for tools that open their own connections. */
  readonly connectionString?: string;
  /** Runs `work` in one transaction acting as `actor`; commits if it resolves, rolls back if it throws. */
  transaction<T>(actor: Actor, work: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel`, whichever connection or server
   * instance sent it, until the returned function is called. `onGap` is called when notifications may
   * have been missed (the listening connection was lost and is back), so a listener can catch up by
   * reading the table itself.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onGap?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * The statements that make a transaction act as `actor`: the role is SET LOCAL and the claims are set
 * with is_local = true, so neither can leak into the next transaction on a pooled connection.
 */
export function actAs(actor: Actor): { text: string; params: unknown[] }[] {
  if (actor.kind === 'admin') return [];
  const role = actor.kind === 'user' ? 'forge_server' : actor.kind === 'anon' ? 'anon' : 'service_role';
  // The claims are the user's own, as in their access token; the role is the server's.
  const claims = actor.kind === 'user' ? { sub: actor.userId, role: 'authenticated' } : { role };
  return [
    { text: "select set_config('request.jwt.claims', $1, true)", params: [JSON.stringify(claims)] },
    { text: `set local role ${role}`, params: [] },
  ];
}
