// `npm run db:restore FILE`: replaces the database the app uses (the embedded one unless
// DATABASE_URL is set) with a backup made by `npm run db:backup`, then applies newer migrations.
// Stop the server first: the embedded database refuses while it is open; PostgreSQL would
// serve a half-restored database to its visitors.
import path from 'node:path';

import { restoreDatabase } from '../src/server/db/backup';
import { resolveDatabaseConfig } from '../src/server/db/database-config';

const typedIn = process.env.INIT_CWD ?? process.cwd();

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run db:restore FILE   (a file written by npm run db:backup)');
    process.exit(2);
  }
  console.log(await restoreDatabase(resolveDatabaseConfig(process.env), path.resolve(typedIn, file)));
}

main().catch((error) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
