import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, for per-address limits. With no trusted proxy it is the socket's
 * peer: X-Forwarded-For is the client's own say and is ignored. Behind `trustedProxyHops` proxies
 * that each append the address they saw, it is the entry that many places from the end, the last one
 * the client could not forge; a shorter header means the request did not come through them all, and
 * the socket's peer is used.
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops = 0): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? peer;
}
