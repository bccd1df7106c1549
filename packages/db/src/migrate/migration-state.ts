import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { applyPendingMigrations, migrationNamesOnDisk } from './migrations.ts';

export interface MigrationState {
  applied: string[];
  pending: string[];
  upToDate: boolean;
}

/** Compares the migrations recorded in the database with those on disk. */
export async function migrationState(prisma: PrismaClient): Promise<MigrationState> {
  const onDisk = await migrationNamesOnDisk();
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name`.catch((error: unknown) => {
    // A database that was never migrated has no bookkeeping table yet.
    if (String(error).includes('_prisma_migrations')) return [];
    throw error;
  });
  const applied = rows.map((r) => r.migration_name);
  const pending = onDisk.filter((name) => !applied.includes(name));
  return { applied, pending, upToDate: pending.length === 0 };
}

/**
 * Applies the pending migrations, loading the schema engine only when there are some: once
 * loaded, its WebAssembly holds about 25 MB resident for the life of the process (its glue module
 * keeps the instance), and most starts of a server have nothing to apply. A migration recorded
 * as failed counts as pending, so the engine reports it as `prisma migrate deploy` does.
 *
 * @example const applied = await applyMigrationsIfPending(db.prisma, db.adapterFactory);
 */
export async function applyMigrationsIfPending(prisma: PrismaClient, adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  if ((await migrationState(prisma)).upToDate) return [];
  return applyPendingMigrations(adapterFactory);
}
