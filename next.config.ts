import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Packages with WebAssembly or native parts are loaded from node_modules at run time
  // instead of being bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2', 'pg'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
