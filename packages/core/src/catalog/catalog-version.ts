// The catalog's version: one row that database triggers bump, in the writer's transaction, on
// every change a shopper could see (migration 20261207020508_catalog_version), with a NOTIFY on
// CATALOG_CHANNEL delivered at commit. Processes that cache public reads follow it.
import type { PrismaClient } from '@tandem/db';

/**
 * The NOTIFY channel a catalog change is announced on. The payload is the new version, or
 * `CATALOG_STOCK_CHANGE` when only a stock state moved (no version bump: that would make orders
 * queue on the version row).
 */
export const CATALOG_CHANNEL = 'tandem_catalog';

/** The payload of a stock-state-only change on `CATALOG_CHANNEL`. */
export const CATALOG_STOCK_CHANGE = 'stock';

/** The current catalog version, as text (a bigint); "0" on a database that never changed. */
export async function readCatalogVersion(prisma: PrismaClient): Promise<string> {
  const row = await prisma.catalogVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return (row?.version ?? 0n).toString();
}
