import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { openDatabase } from '../client.ts';
import { applyMigrationsIfPending, migrationState } from './migration-state.ts';
import { applyPendingMigrations, migrationNamesOnDisk, pendingSchemaChange } from './migrations.ts';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('match prisma/schema.prisma exactly (run `pnpm db:migrate:new <name>` after a schema change)', async () => {
    expect(await pendingSchemaChange()).toBeNull();
  });

  it('are all recorded as applied, and re-applying them changes nothing', async () => {
    const onDisk = await migrationNamesOnDisk();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(await migrationState(db.prisma)).toEqual({ applied: onDisk, pending: [], upToDate: true });
    expect(await applyPendingMigrations(db.adapterFactory)).toEqual([]);
  });

  it('are applied by a server start only when some are pending: all on an empty database, none on an up-to-date one', async () => {
    const empty = await openDatabase({ dataDir: 'memory://', template: false });
    try {
      const onDisk = await migrationNamesOnDisk();
      expect(await applyMigrationsIfPending(empty.prisma, empty.adapterFactory)).toEqual(onDisk);
      expect(await migrationState(empty.prisma)).toMatchObject({ pending: [], upToDate: true });
      expect(await applyMigrationsIfPending(empty.prisma, empty.adapterFactory)).toEqual([]);
    } finally {
      await empty.close();
    }
    expect(await applyMigrationsIfPending(db.prisma, db.adapterFactory)).toEqual([]);
  });

  it('keep product roll-ups equal to the variants through inserts, updates and deletes', async () => {
    const category = await db.prisma.category.create({ data: { slug: 'roll-ups', name: 'Roll-ups', path: 'roll-ups' } });
    const product = await db.prisma.product.create({
      data: {
        slug: 'roll-up-bike',
        title: 'Roll-up bike',
        categoryId: category.id,
        variants: {
          create: [
            { sku: 'RU-1', title: 'Small', priceAmount: 120_000, currency: 'EUR', stockOnHand: 0 },
            { sku: 'RU-2', title: 'Large', priceAmount: 99_900, currency: 'EUR', stockOnHand: 3 },
          ],
        },
      },
    });
    const rollups = () =>
      db.prisma.product.findUniqueOrThrow({ where: { id: product.id }, select: { minPriceAmount: true, maxPriceAmount: true, inStock: true } });
    expect(await rollups()).toEqual({ minPriceAmount: 99_900, maxPriceAmount: 120_000, inStock: true });

    await db.prisma.productVariant.update({ where: { sku: 'RU-2' }, data: { stockOnHand: 0 } });
    expect((await rollups()).inStock).toBe(false);

    await db.prisma.productVariant.delete({ where: { sku: 'RU-2' } });
    expect(await rollups()).toEqual({ minPriceAmount: 120_000, maxPriceAmount: 120_000, inStock: false });

    await db.prisma.productVariant.createMany({
      data: [
        { productId: product.id, sku: 'RU-3', title: 'Medium', priceAmount: 80_000, currency: 'EUR', stockOnHand: 1 },
        { productId: product.id, sku: 'RU-4', title: 'XL', priceAmount: 130_000, currency: 'EUR', stockOnHand: 0 },
      ],
    });
    expect(await rollups()).toEqual({ minPriceAmount: 80_000, maxPriceAmount: 130_000, inStock: true });

    await db.prisma.productVariant.deleteMany({ where: { productId: product.id } });
    expect(await rollups()).toEqual({ minPriceAmount: 0, maxPriceAmount: 0, inStock: false });
  });
});
