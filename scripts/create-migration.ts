// Creates a new SQL migration from the difference between the committed migrations and
// prisma/schema.prisma, with Prisma's WebAssembly schema engine on an in-memory PGlite
// database, so it works offline without Prisma's native engines (docs/decisions/0002).
//
//   npm run db:migration:create -- add_meetings
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../src/server/db/migrations';

// The package's entry point imports its .wasm file as an ES module, which Node 20 cannot;
// instantiate it by hand the way that entry point would.
async function loadSchemaEngine() {
  const wasmPath = path.join(process.cwd(), 'node_modules', '@prisma', 'schema-engine-wasm', 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
  });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return engineBindings.SchemaEngine;
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: npm run db:migration:create -- <name_in_snake_case>');
    process.exit(2);
  }

  const pglite = await PGlite.create();
  await applyMigrations(
    {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    },
    await readMigrations(),
  );

  const schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma');
  const schema = { files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] };
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  const result = await engine.diff({
    from: { tag: 'schemaDatasource', ...schema, configDir: process.cwd() },
    to: { tag: 'schemaDatamodel', ...schema },
    script: true,
    exitCode: null,
    filters: { externalTables: ['public._trappan_migrations'], externalEnums: [] },
  });
  await pglite.close();

  const sql = (result.stdout ?? '').trim();
  if (!sql || sql === '-- This is an empty migration.') {
    console.log('The schema matches the migrations: nothing to create.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
  console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql: review it, then commit it.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
