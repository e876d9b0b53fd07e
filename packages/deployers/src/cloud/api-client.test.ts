import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './api-client.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const wait = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), now);

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(wait({ 'retry-after': '3' })).toBe(3_000);
    expect(wait({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' })).toBe(5_000);
  });

  it("falls back to Vercel's X-RateLimit-Reset, then to one second", () => {
    expect(wait({ 'x-ratelimit-reset': String(now / 1000 + 7) })).toBe(7_000);
    expect(wait({})).toBe(1_000);
  });
});
