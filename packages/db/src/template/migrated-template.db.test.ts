import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../client.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { migrationsDir, readMigrationList } from '../migrate/migration-files.ts';
import { migrationState } from '../migrate/migration-state.ts';
import { applyPendingMigrations } from '../migrate/migrations.ts';
import { buildTemplate, templateDataDir, templateKey, templatePaths } from './migrated-template.ts';

/**
 * What the database's schema is, as catalog rows: tables and columns, constraints, indexes,
 * triggers, functions, enums, extensions, views and sequences, plus the migrations it records.
 */
async function schemaOf(prisma: PrismaClient): Promise<Record<string, unknown[]>> {
  const query = (sql: string) => prisma.$queryRawUnsafe<unknown[]>(sql);
  return {
    columns: await query(`SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`),
    constraints: await query(`SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1, 2`),
    indexes: await query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    triggers: await query(`SELECT tgrelid::regclass::text AS tbl, tgname, pg_get_triggerdef(t.oid) AS def
      FROM pg_trigger t WHERE NOT tgisinternal ORDER BY 1, 2`),
    functions: await query(`SELECT proname, pg_get_function_identity_arguments(p.oid) AS args, md5(pg_get_functiondef(p.oid)) AS def
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p') ORDER BY 1, 2`),
    enums: await query(`SELECT t.typname, e.enumlabel, e.enumsortorder::float8 AS position
      FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY 1, 3`),
    extensions: await query(`SELECT extname, extversion FROM pg_extension ORDER BY 1`),
    views: await query(`SELECT table_name, md5(view_definition) AS def FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1`),
    sequences: await query(`SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`),
    migrations: await query(`SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished, rolled_back_at IS NULL AS kept
      FROM _prisma_migrations ORDER BY migration_name`),
  };
}

async function migratedTheNormalWay(migrations = migrationsDir): Promise<Database> {
  const db = await openDatabase({ dataDir: 'memory://', template: false });
  await applyPendingMigrations(db.adapterFactory, migrations);
  return db;
}

// The template is PGlite's; on PostgreSQL (TEST_DATABASE_URL) migrations run as they always did.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the migrated PGlite template', () => {
  let scratch: string;
  let normal: Database;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'tandem-template-test-'));
    // The test setup (vitest.global-setup.ts) makes the default template; made here if it did not run.
    await buildTemplate();
    normal = await migratedTheNormalWay();
  }, 240_000);
  afterAll(async () => {
    await normal?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('gives a new in-memory database every migration, recorded as applied, without running one', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      expect(await migrationState(db.prisma)).toMatchObject({ pending: [], upToDate: true });
      expect(await schemaOf(db.prisma)).toEqual(await schemaOf(normal.prisma));
    } finally {
      await db.close();
    }
  });

  it('gives a new on-disk database the same schema as migrating it, and opens an existing one as it is', async () => {
    const dataDir = path.join(scratch, 'on-disk');
    const db = await openDatabase({ dataDir });
    try {
      expect(await schemaOf(db.prisma)).toEqual(await schemaOf(normal.prisma));
      await db.prisma.brand.create({ data: { slug: 'kept', name: 'Kept' } });
    } finally {
      await db.close();
    }
    const reopened = await openDatabase({ dataDir });
    try {
      expect(await reopened.prisma.brand.count({ where: { slug: 'kept' } })).toBe(1);
    } finally {
      await reopened.close();
    }
  });

  it('is never used once the migrations change: another key, and a stale copy would show in the schema', async () => {
    const current = await readMigrationList();
    const last = current.migrationDirectories.at(-1)!;
    const staleMigrations = path.join(scratch, 'stale-migrations');
    await cp(migrationsDir, staleMigrations, { recursive: true });
    await rm(path.join(staleMigrations, last.path), { recursive: true });
    const dir = path.join(scratch, 'templates');
    await buildTemplate({ dir, migrationsDir: staleMigrations });

    expect(await templateDataDir({ dir, migrationsDir: staleMigrations })).not.toBeNull();
    expect(await templateDataDir({ dir })).toBeNull();
    const edited = { ...current, migrationDirectories: current.migrationDirectories.map((m) => (m === last ? { ...m, migrationFile: { ...m.migrationFile, content: { tag: 'ok' as const, value: `${last.migrationFile.content.tag === 'ok' ? last.migrationFile.content.value : ''} ` } } } : m)) };
    expect(templateKey(edited)).not.toBe(templateKey(current));

    const stale = await openDatabase({ dataDir: path.join(scratch, 'from-stale'), template: { dir, migrationsDir: staleMigrations } });
    try {
      expect(await migrationState(stale.prisma)).toMatchObject({ pending: [last.path] });
      expect(await schemaOf(stale.prisma)).not.toEqual(await schemaOf(normal.prisma));
    } finally {
      await stale.close();
    }
  }, 240_000);

  it('falls back to creating the database when the template cannot be loaded', async () => {
    const dir = path.join(scratch, 'damaged');
    const paths = await templatePaths({ dir });
    await mkdir(paths.dataDir, { recursive: true });
    await writeFile(path.join(paths.dataDir, 'PG_VERSION'), 'not a database\n');
    await writeFile(paths.tarball, 'not a tarball');
    const dataDir = path.join(scratch, 'after-damage');
    for (const where of [dataDir, 'memory://']) {
      const db = await openDatabase({ dataDir: where, template: { dir } });
      try {
        expect((await migrationState(db.prisma)).applied).toEqual([]);
      } finally {
        await db.close();
      }
    }
    expect(await readdir(dataDir)).toContain('PG_VERSION');
  }, 240_000);
});
