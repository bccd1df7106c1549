// The oversell guard is one conditional UPDATE: a reservation that reaches a row another
// transaction has just taken waits for it and re-checks the stock it committed. On PostgreSQL the
// test holds the first reservation open until the second is seen waiting on its lock, so a
// read-then-write reservation (both read "1 left") would let both through and fail it; PGlite has
// one connection, which runs the two transactions one after the other.
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reserveStock } from './index.ts';

let db: TestDatabase;
let categoryId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  categoryId = (await makeCategory(db.prisma, 'stock')).id;
});
afterAll(() => db.close());

async function variantWith(stockOnHand: number): Promise<string> {
  const product = await makeProduct(db.prisma, { slug: `stock-${stockOnHand}-${Date.now()}`, categoryId, variants: [{ priceAmount: 1_000, stockOnHand }] });
  return (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id }, select: { id: true } })).id;
}

/** Resolves once some connection waits on a lock (PostgreSQL); PGlite runs one transaction at a time, so there is nothing to wait for. */
async function someoneWaitsOnALock(): Promise<void> {
  if (!db.url) return;
  for (let tries = 0; tries < 500; tries++) {
    const [row] = await db.prisma.$queryRaw<{ waiting: bigint }[]>`SELECT count(*) AS waiting FROM pg_locks WHERE NOT granted`;
    if (Number(row?.waiting) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The second reservation never waited on the first one’s lock');
}

describe('reserveStock', () => {
  it('lets exactly one of two concurrent reservations of the last unit through', async () => {
    const variantId = await variantWith(1);
    const demand = [{ variantId, quantity: 1 }];
    let commitFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstTook!: () => void;
    const firstHasTaken = new Promise<void>((resolve) => (firstTook = resolve));
    const options = { maxWait: 20_000, timeout: 20_000 };

    const first = db.prisma.$transaction(async (tx) => {
      const short = await reserveStock(tx, demand);
      firstTook();
      await firstMayCommit;
      return short;
    }, options);
    await firstHasTaken;
    const second = db.prisma.$transaction((tx) => reserveStock(tx, demand), options);
    await someoneWaitsOnALock();
    commitFirst();

    const outcomes = await Promise.all([first, second]);
    expect(outcomes.map((short) => (short ? 'short' : 'taken'))).toEqual(['taken', 'short']);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stockOnHand).toBe(0);
  });
});
