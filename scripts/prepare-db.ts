// Brings the configured database up to date: applies pending migrations and seeds the
// registry (plus demo accounts in demo mode). Run by `npm start` before the server starts.
//   tsx scripts/prepare-db.ts [--no-seed]
import { seedDatabase } from '../prisma/seed/seed';
import { isDemoMode, resolveDatabaseConfig } from '../src/server/db/database-config';
import { applyMigrations, readMigrations } from '../src/server/db/migrations';
import { openDatabase } from '../src/server/db/open-database';

async function main() {
  const config = resolveDatabaseConfig(process.env);
  const database = openDatabase(config);
  try {
    const applied = await applyMigrations(database.sql, await readMigrations());
    const where = config.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${where}.` : `The ${where} is up to date.`);
    if (!process.argv.includes('--no-seed')) {
      const demo = isDemoMode(process.env);
      await seedDatabase(database.prisma, { demo });
      console.log(demo ? 'Seeded the registry and the demo accounts.' : 'Seeded the registry.');
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
