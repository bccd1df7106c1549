import type { PrismaClient } from '../generated/prisma/client.ts';
import { migrationNamesOnDisk } from './migrations.ts';

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
