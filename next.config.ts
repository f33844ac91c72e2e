import type { NextConfig } from 'next';

import { STATIC_SECURITY_HEADERS } from './scripts/lib/security-headers.mjs';

const nextConfig: NextConfig = {
  // A separate build folder lets a test or benchmark build run beside a developer's server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Packages with WebAssembly or native parts are loaded from node_modules at run time
  // instead of being bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2', 'pg'],
  poweredByHeader: false,
  // forbidden() and unauthorized(): a page a person may not open answers 403 with its own page
  // (src/app/[locale]/forbidden.tsx), not 200 with a notice.
  experimental: { authInterrupts: true },
  // The production server (scripts/serve.mjs) sets these and the Content-Security-Policy on every
  // answer itself; listed here too so that `next dev` has them (it has no nonce policy: React's
  // development build needs eval).
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
