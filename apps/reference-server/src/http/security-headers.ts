import type { ServerResponse } from 'node:http';

/**
 * Headers for the HTML pages. The web page holds access tokens, so it runs only this server's scripts
 * (no inline script, no eval), cannot be framed (clickjacking), sends no Referer (the docs links carry
 * no token, but a pasted one must never leave in a header) and talks only to this server and, when
 * magic-link sign-in is on, the Supabase project. Swagger UI sets inline style attributes, so /docs
 * allows inline styles; scripts stay 'self' there too.
 */
export function setPageSecurityHeaders(
  res: ServerResponse,
  page: { readonly connectTo?: readonly string[]; readonly inlineStyles?: boolean } = {},
): void {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${page.inlineStyles ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    ['connect-src', "'self'", ...(page.connectTo ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  res.setHeader('content-security-policy', policy.join('; '));
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}
