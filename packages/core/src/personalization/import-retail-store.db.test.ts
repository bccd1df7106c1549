import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRetailStore } from './import-retail-store.ts';
import type { RetailSkipReason } from './online-retail.ts';

const FIXTURE = new URL('./fixtures/online-retail-import.csv', import.meta.url);
const linesOf = (text: string) => (async function* () { yield* text.split('\n'); })();

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('importing the Online Retail log into the store', () => {
  it('records products, customers, orders and cancellations and reports every skipped row with its reason', async () => {
    const skipped: { line: number; reason: RetailSkipReason }[] = [];
    const result = await importRetailStore(db.prisma, createInterface({ input: createReadStream(FIXTURE) }), { onSkip: ({ line, reason }) => skipped.push({ line, reason }) });

    expect(result.read).toMatchObject({ lines: 23, sales: 8, cancellations: 1 });
    expect(result.read.skipped).toEqual({ non_product_code: 4, no_customer: 1, non_positive_price: 2, malformed: 3, price_below_a_penny: 1, non_positive_quantity: 1, cancellation_with_positive_quantity: 1, gift_voucher: 1 });
    expect(skipped.map((s) => s.line)).toEqual([4, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(skipped.find((s) => s.line === 13)?.reason).toBe('non_positive_price');
    expect(result.products).toEqual({ total: 5, added: 5, updated: 0 });
    expect(result.customers).toEqual({ total: 3, added: 3 });
    expect(result.orders).toEqual({ total: 6, added: 6, cancellations: 1, linesAdded: 9 });

    // The latest sale gives the title and price, in exact pence, under the source's SKU.
    const heart = await db.prisma.productVariant.findUniqueOrThrow({ where: { sku: 'ONLINE-RETAIL-85123A' }, include: { product: { include: { category: true } } } });
    expect(heart).toMatchObject({ priceAmount: 295, currency: 'GBP', product: { title: 'CREAM HANGING HEART T-LIGHT HOLDER', status: 'ACTIVE', category: { slug: 'online-retail-holder', path: 'online-retail/online-retail-holder' } } });

    const sale = await db.prisma.order.findUniqueOrThrow({ where: { number: 'ONLINE-RETAIL-536365' }, include: { lines: true, customer: { include: { imported: true } } } });
    expect(sale).toMatchObject({ status: 'DELIVERED', currency: 'GBP', totalAmount: 6 * 255 + 6 * 339, paidAt: new Date('2010-12-01T08:26:00Z') });
    expect(sale.lines.map((l) => [l.sku, l.quantity, l.lineTotalAmount]).sort()).toEqual([['ONLINE-RETAIL-71053', 6, 2034], ['ONLINE-RETAIL-85123A', 6, 1530]]);
    expect(sale.customer?.imported).toMatchObject({ source: 'online-retail', externalId: '17850', country: 'EIRE' });

    const cancellation = await db.prisma.order.findUniqueOrThrow({ where: { number: 'ONLINE-RETAIL-C536381' }, include: { lines: true } });
    expect(cancellation).toMatchObject({ status: 'CANCELLED', paidAt: null, cancelledAt: new Date('2010-12-02T10:00:00Z'), totalAmount: 510 });
    expect(cancellation.lines[0]).toMatchObject({ quantity: 2, unitPriceAmount: 255 });
  });

  it('adds nothing when the same log is imported again', async () => {
    const before = await Promise.all([db.prisma.product.count(), db.prisma.customer.count(), db.prisma.order.count(), db.prisma.orderLine.count()]);
    const again = await importRetailStore(db.prisma, linesOf(await readFile(FIXTURE, 'utf8')));
    expect(again.products).toEqual({ total: 5, added: 0, updated: 0 });
    expect(again.customers.added).toBe(0);
    expect(again.orders).toMatchObject({ added: 0, linesAdded: 0 });
    expect(await Promise.all([db.prisma.product.count(), db.prisma.customer.count(), db.prisma.order.count(), db.prisma.orderLine.count()])).toEqual(before);
  });

  it('adds only the new invoices of a longer log and follows a changed price', async () => {
    const text = `${(await readFile(FIXTURE, 'utf8')).trimEnd()}\n536400,71053,WHITE METAL LANTERN,2,2011-02-01 10:00:00,3.75,13047.0,United Kingdom\n`;
    const longer = await importRetailStore(db.prisma, linesOf(text));
    expect(longer.products).toEqual({ total: 5, added: 0, updated: 1 });
    expect(longer.orders).toMatchObject({ added: 1, linesAdded: 1 });
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { sku: 'ONLINE-RETAIL-71053' } })).priceAmount).toBe(375);
  });
});
