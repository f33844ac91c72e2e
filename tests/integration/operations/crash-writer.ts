// The crash drill's writer: opens an embedded database folder the way the app does and writes
// batches in a loop, each a transaction of ROWS rows through Prisma. It prints "writing N" once
// batch N's first row is in (not yet committed) and "confirmed N" only after its commit returned. The drill kills it with SIGKILL.
//   node --import tsx tests/integration/operations/crash-writer.ts <dataDir> <rows per batch>
import { openDatabase } from '@/server/db/open-database';

async function main() {
  const [dataDir, rows] = process.argv.slice(2);
  const batchRows = Number(rows);
  if (!dataDir || !(batchRows > 0)) throw new Error('usage: crash-writer.ts <dataDir> <rows per batch>');
  const { prisma } = openDatabase({ kind: 'pglite', dataDir });
  await prisma.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS crash_drill (
       batch int NOT NULL, part int NOT NULL, payload text NOT NULL, PRIMARY KEY (batch, part))`,
  );
  const [last] = await prisma.$queryRawUnsafe<{ batch: number | null }[]>('SELECT max(batch) AS batch FROM crash_drill');
  // Rows large enough that a batch spans several pages, so a kill can land inside one.
  const payload = 'x'.repeat(4000);
  for (let batch = (last?.batch ?? 0) + 1; ; batch++) {
    await prisma.$transaction(async (tx) => {
      for (let part = 1; part <= batchRows; part++) {
        await tx.$executeRawUnsafe('INSERT INTO crash_drill (batch, part, payload) VALUES ($1, $2, $3)', batch, part, payload);
        if (part === 1) process.stdout.write(`writing ${batch}\n`);
      }
    });
    process.stdout.write(`confirmed ${batch}\n`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
