import type { NextConfig } from 'next';

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
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
