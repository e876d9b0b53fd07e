import { connect, createServer, type Socket } from 'node:net';

export interface TcpEdge {
  /** `http://127.0.0.1:<port>`, forwarding every connection to the target. */
  readonly url: string;
  close(): Promise<void>;
}

/** A loopback TCP forwarder standing in for a cloud provider's edge proxy in front of a sandbox port. */
export async function openTcpEdge(target: () => Promise<string>): Promise<TcpEdge> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    void target()
      .then((address) => {
        const url = new URL(address);
        const upstream = connect(Number(url.port), url.hostname);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        socket.pipe(upstream).pipe(socket);
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
      })
      .catch(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
