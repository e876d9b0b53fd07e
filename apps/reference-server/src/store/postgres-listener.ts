import pg from 'pg';

type Handlers = { onNotify: (payload: string) => void; onGap?: (() => void) | undefined };

/**
 * LISTEN on one dedicated connection for all of a database's channels (a pool's connections come and
 * go, and a notification reaches only the connection that listens). When the connection drops, it
 * reconnects with a growing delay, listens again and tells every listener it may have missed
 * notifications in between.
 */
export function createPostgresListener(connectionString: string) {
  const channels = new Map<string, Set<Handlers>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let retryMs = 100;

  const quote = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      for (const handlers of channels.get(message.channel) ?? []) handlers.onNotify(message.payload ?? '');
    });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      void next.end().catch(() => undefined);
      if (!closed) reconnectSoon();
    };
    next.on('error', lost);
    next.on('end', lost);
    await next.connect();
    for (const channel of channels.keys()) await next.query(`listen ${quote(channel)}`);
    client = next;
    retryMs = 100;
    return next;
  }

  function reconnectSoon() {
    setTimeout(() => {
      if (closed || client || connecting) return;
      connecting = connect()
        .then((connected) => {
          for (const set of channels.values()) for (const handlers of set) handlers.onGap?.();
          return connected;
        })
        .catch((error: unknown) => {
          console.error('PostgreSQL LISTEN connection unavailable, retrying:', (error as Error).message);
          retryMs = Math.min(retryMs * 2, 5000);
          reconnectSoon();
          throw error;
        })
        .finally(() => (connecting = undefined));
      connecting.catch(() => undefined);
    }, retryMs).unref();
  }

  return {
    async listen(channel: string, onNotify: Handlers['onNotify'], onGap?: Handlers['onGap']) {
      if (closed) throw new Error('The database is closed.');
      const handlers: Handlers = { onNotify, onGap };
      const fresh = !channels.has(channel);
      const set = channels.get(channel) ?? new Set();
      channels.set(channel, set);
      set.add(handlers);
      const connection = client ?? (await (connecting ??= connect().finally(() => (connecting = undefined))));
      if (fresh) await connection.query(`listen ${quote(channel)}`);
      return async () => {
        set.delete(handlers);
        if (set.size > 0) return;
        channels.delete(channel);
        await client?.query(`unlisten ${quote(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      channels.clear();
      const open = client;
      client = undefined;
      await open?.end().catch(() => undefined);
    },
  };
}
