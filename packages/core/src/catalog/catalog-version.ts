// The catalog's version: one row that database triggers bump, in the writer's transaction, on
// every change a shopper could see (migration 20261207020508_catalog_version), with a NOTIFY on
// CATALOG_CHANNEL delivered at commit. Processes that cache public reads follow it.
import type { PrismaClient } from '@tandem/db';

/** The NOTIFY channel a catalog change is announced on; the payload is the new version. */
export const CATALOG_CHANNEL = 'tandem_catalog';

/** The current catalog version, as text (a bigint); "0" on a database that never changed. */
export async function readCatalogVersion(prisma: PrismaClient): Promise<string> {
  const row = await prisma.catalogVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return (row?.version ?? 0n).toString();
}
