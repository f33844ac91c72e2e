// `npm run db:backup [FILE]`: backs up the database the app uses (the embedded one unless
// DATABASE_URL is set) to FILE, by default backups/trappan-<database>-<time>.<ext>.
import path from 'node:path';

import { defaultBackupFile } from '../src/server/db/backup-file';
import { backupDatabase } from '../src/server/db/backup';
import { resolveDatabaseConfig } from '../src/server/db/database-config';

// npm runs scripts from the project folder; a FILE is meant from where the command was typed.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const root = path.resolve(import.meta.dirname, '..');

async function main() {
  const config = resolveDatabaseConfig(process.env);
  const file = process.argv[2] ? path.resolve(typedIn, process.argv[2]) : defaultBackupFile(config.kind, new Date(), root);
  console.log(await backupDatabase(config, file));
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
