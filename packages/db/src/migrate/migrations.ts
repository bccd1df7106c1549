// Migration commands on Prisma's WebAssembly schema engine: what `prisma migrate dev`,
// `prisma migrate deploy` and `prisma migrate diff --exit-code` do, without native engines.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadPglite } from '../pglite-modules.ts';
import { migrationFolderName, readMigrationList, readSchema, writeMigration } from './migration-files.ts';
import { withSchemaEngine } from './schema-engine.ts';

const noFilters = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = '-- This is an empty migration.';

/**
 * The SQL that would take a database at the state of the migrations on disk to the state of
 * `prisma/schema.prisma`, or null when they agree. Uses a throw-away in-memory PGlite as the
 * shadow database, so it needs no server and touches no real data.
 */
export async function pendingSchemaChange(): Promise<string | null> {
  const pglite = await loadPglite();
  const shadow = await pglite.PGlite.create({ extensions: pglite.pgliteExtensions });
  try {
    const [schema, migrations] = await Promise.all([readSchema(), readMigrationList()]);
    const from = migrations.migrationDirectories.length
      ? ({ tag: 'migrations', ...migrations } as const)
      : ({ tag: 'empty' } as const);
    const result = await withSchemaEngine(withExtensionsInShadow(pglite, new pglite.PrismaPGlite(shadow)), (engine) =>
      engine.diff({
        from,
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: true,
        filters: noFilters,
      }),
    );
    const sql = (result.stdout ?? '').trim();
    return result.exitCode === 0 || sql === '' || sql === EMPTY_MIGRATION ? null : `${sql}\n`;
  } finally {
    await shadow.close();
  }
}

/**
 * pglite-prisma-adapter opens the schema engine's own shadow database as a bare PGlite, where
 * CREATE EXTENSION (pg_trgm, unaccent) fails; this one gets Tandem's extensions loaded.
 */
function withExtensionsInShadow({ PGlite, PrismaPGlite, pgliteExtensions }: Awaited<ReturnType<typeof loadPglite>>, factory: PrismaPGlite): PrismaPGlite {
  factory.connectToShadowDb = async () => new PrismaPGlite(await PGlite.create('memory://shadow', { extensions: pgliteExtensions })).connect();
  return factory;
}

/** Writes a new migration for the difference between the schema and the migrations on disk. */
export async function createMigration(name: string): Promise<{ folder: string; sql: string } | null> {
  const folder = migrationFolderName(name);
  const sql = await pendingSchemaChange();
  if (sql === null) return null;
  await writeMigration(folder, sql);
  return { folder, sql };
}

/**
 * Applies the migrations not yet applied to the database, as `prisma migrate deploy` does; from
 * `prisma/migrations` unless another folder of them is given.
 */
export async function applyPendingMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory, migrationsDir?: string): Promise<string[]> {
  const migrationsList = await readMigrationList(migrationsDir);
  const output = await withSchemaEngine(adapterFactory, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return output.appliedMigrationNames;
}

/** The names of the migrations on disk, oldest first. */
export async function migrationNamesOnDisk(): Promise<string[]> {
  return (await readMigrationList()).migrationDirectories.map((m) => m.path);
}
