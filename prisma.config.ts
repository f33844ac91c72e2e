// Prisma CLI configuration. Trappan applies migrations with its own engine-free runner
// (docs/decisions/0002), so the CLI is only used to generate the client.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
