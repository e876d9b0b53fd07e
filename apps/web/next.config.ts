import type { NextConfig } from 'next';

const config: NextConfig = {
  // `next dev` (NEXT_DIST_DIR=.next/dev) must not wipe the production build that `next start` and the
  // browser test serve.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The repository's ESLint (root eslint.config.js) lints this app; `next build` need not run it again.
  eslint: { ignoreDuringBuilds: true },
  // Everything the pages load is bundled from installed packages: no CDN fonts, scripts or styles.
  images: { unoptimized: true },
};

export default config;
