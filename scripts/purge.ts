// Purges once what has outlived its use and its retention period (src/server/purge.ts), and
// prints the counts: for operators who run it from cron rather than rely on the server's hourly
// run. The periods come from the same variables as the server's (src/server/retention.ts); a
// wrong one stops the script before anything is deleted.
//   npm run db:purge
// On the embedded database only one process may open the data folder: stop the server first,
// or leave the purge to it.
import { resolveDatabaseConfig } from '../src/server/db/database-config';
import { openDatabase } from '../src/server/db/open-database';
import { describePurge, purgeExpired } from '../src/server/purge';
import { readRetentionPeriods } from '../src/server/retention';

async function main() {
  const periods = readRetentionPeriods(process.env);
  const database = openDatabase(resolveDatabaseConfig(process.env));
  try {
    console.log(describePurge(await purgeExpired(database.prisma, new Date(), { periods })));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
