// The four customer tiers on an imported log: a made-up Online Retail file of ten customers
// whose RFM quintiles are worked out by hand (as in core's customer-tiers.test.ts) goes through
// the same import as `pnpm import:history`, the segments job scores it, and marketing reads tier
// sizes, revenue shares and the top 20 %'s share; promotions see the tier as a segment key.
import { importRetailStore, recomputeSegments, segmentKeysOf } from '@tandem/core/personalization';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, codeOf, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

const END = new Date('2011-09-01T00:00:00Z');
// customer, spend (£), orders, days since the last order → tier
const CUSTOMERS: [string, number, number, number][] = [
  ['10001', 1000, 10, 1], ['10002', 900, 9, 2], ['10003', 800, 1, 300], ['10004', 700, 2, 250], ['10005', 500, 3, 200],
  ['10006', 400, 8, 5], ['10007', 100, 7, 3], ['10008', 90, 6, 4], ['10009', 20, 1, 400], ['10010', 10, 5, 350],
];

function madeUpLog(): string[] {
  const lines = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'];
  let invoice = 500_000;
  for (const [customer, spend, count, lastDaysAgo] of CUSTOMERS) {
    const each = Math.floor((spend * 100) / count);
    for (let i = 0; i < count; i++) {
      const pence = i === 0 ? spend * 100 - each * (count - 1) : each;
      const at = new Date(END.getTime() - (lastDaysAgo + i) * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`${invoice++},85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,${at},${(pence / 100).toFixed(2)},${customer}.0,United Kingdom`);
    }
  }
  return lines;
}

let db: TestDatabase;
let marketing: Caller;
let shopper: Caller;
beforeAll(async () => {
  db = await createTestDatabase();
  const services = testServices(db.prisma);
  marketing = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
  shopper = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
  await importRetailStore(db.prisma, (async function* () { yield* madeUpLog(); })(), { now: END });
  await recomputeSegments(db.prisma, { now: END });
});
afterAll(() => db.close());

describe('customer tiers on an imported log', () => {
  it('gives each tier its size and revenue share, and the top 20 %’s share of revenue', async () => {
    const view = await marketing.adminPersonalization.tiers();
    const total = 4520_00;
    expect(view.tiers.map((t) => [t.tier, t.customers, t.revenue])).toEqual([
      ['large_loyal', 2, 1900_00],
      ['large_switching', 2, 1500_00],
      ['medium_transactional', 2, 900_00],
      ['small_loyal', 2, 190_00],
    ]);
    expect(view.tiers[0]!.revenueShare).toBeCloseTo(1900_00 / total, 10);
    expect(view.tiers[0]).toMatchObject({ key: 'tier:large_loyal', customerShare: 0.2 });
    expect(view.untiered).toEqual({ customers: 2, revenue: 30_00 });
    expect(view.concentration).toEqual({ topShare: 0.2, topCustomers: 2, customers: 10, revenueShare: 1900_00 / total });
    expect(view.currency).toBe('GBP');
  });

  it('lets a promotion target a tier as it targets a segment', async () => {
    expect(await segmentKeysOf(db.prisma, 'online-retail-c-10001')).toContain('tier:large_loyal');
    expect(await segmentKeysOf(db.prisma, 'online-retail-c-10003')).toContain('tier:large_switching');
    expect(await segmentKeysOf(db.prisma, 'online-retail-c-10009')).toHaveLength(1);
    expect(await segmentKeysOf(db.prisma, 'online-retail-c-10007')).toContain('tier:small_loyal');
  });

  it('is for marketing staff only', async () => {
    expect(await codeOf(shopper.adminPersonalization.tiers())).toBe('FORBIDDEN');
  });
});
