import { createServer, type Socket } from 'node:net';
import type { AgentConnection } from './agent-connection.js';

export interface PortForward {
  /** `http://127.0.0.1:<host port>` */
  readonly url: string;
  /** Stops listening and drops the open connections. */
  close(): Promise<void>;
}

/**
 * Makes a port on the sandbox's private loopback reachable on a free host 127.0.0.1 port. The
 * sandbox has no network device but its own loopback, so each accepted host connection is relayed
 * through the agent, which connects to the port inside.
 */
export async function forwardPort(agent: AgentConnection, port: number): Promise<PortForward> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    relay(agent, port, socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function relay(agent: AgentConnection, port: number, socket: Socket): void {
  const channel = agent.open((message) => {
    if (message.t === 'data') socket.write(message.body ?? Buffer.alloc(0));
    else if (message.t === 'end') socket.end();
    // 'error' (nothing listens on the port inside) or 'gone' (the sandbox was destroyed).
    else if (message.t !== 'open') socket.destroy();
  });
  channel.send('connect', { port });
  socket.on('data', (chunk) => channel.send('data', {}, chunk));
  socket.on('end', () => channel.send('end'));
  // A reset client ends in 'close' too, which is where the inside connection is let go.
  socket.on('error', () => {});
  socket.on('close', () => {
    channel.send('end');
    channel.close();
  });
}
