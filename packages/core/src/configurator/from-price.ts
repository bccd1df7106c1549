// Keeps a configurable product's listed "from" price equal to its cheapest valid build. The
// configurator stores what that build adds to the base variant's price; the catalog's roll-up
// (migration "configurable_from_price") lists base + delta as the product's price, so listings,
// price filters and sorts, search documents, JSON-LD and the merchant feed all read one number.
import type { Prisma, PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import { cheapestConfiguration } from './cheapest-configuration.ts';
import { loadConfigurable } from './load-definition.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Works out the product's cheapest valid build, stores its delta over the base price and
 * refreshes the product's listed price in the same transaction. Returns the "from" price in
 * minor units, or null when the product has no usable definition (it is then listed at its
 * variants' prices, as before).
 *
 * @example await refreshFromPrice(tx, productId) // 161_099 for the demo road bike
 */
export async function refreshFromPrice(db: Db, productId: string): Promise<number | null> {
  const loaded = await loadUsable(db, productId);
  const cheapest = loaded ? cheapestConfiguration(loaded.definition) : null;
  const fromDeltaAmount = loaded && cheapest ? cheapest.total - loaded.definition.base.amount : null;
  await db.configurableProduct.update({ where: { productId }, data: { fromDeltaAmount } });
  // The roll-up is the one writer of Product's listing prices (variant triggers call it too).
  await db.$executeRaw`SELECT tandem_refresh_product_rollups(ARRAY[${productId}]::text[])`;
  return cheapest?.total ?? null;
}

/**
 * Refreshes every configurable product's "from" price; run after seeding and at start-up, so a
 * database seeded or migrated without the configurator (the seed lives below core) is right.
 */
export async function refreshAllFromPrices(prisma: PrismaClient): Promise<number> {
  const rows = await prisma.configurableProduct.findMany({ select: { productId: true }, orderBy: { productId: 'asc' } });
  for (const row of rows) await prisma.$transaction((tx) => refreshFromPrice(tx, row.productId));
  return rows.length;
}

async function loadUsable(db: Db, productId: string) {
  try {
    return await loadConfigurable(db, { productId }, { activeOnly: false });
  } catch (error) {
    // A stored document the schema no longer accepts cannot be priced; the product is unbuyable.
    if (error instanceof DomainError) return null;
    throw error;
  }
}
