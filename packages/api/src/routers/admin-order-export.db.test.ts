import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';
import { placedOrder as placeOrder } from '../testing/orders.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
const numbers: string[] = [];
let paidNumber: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = testServices(db.prisma);
  admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
  for (let i = 0; i < 3; i++) numbers.push((await placeOrder(db.prisma, services)).order.number);
  const paid = await db.prisma.order.findFirstOrThrow({ where: { number: numbers[1]! } });
  await admin.adminOrders.markPaid({ id: paid.id });
  paidNumber = paid.number;
});
afterAll(() => db.close());

/** Every chunk of the export for `filter`, `limit` rows at a time, joined as the admin streams them. */
async function exportAll(filter: Record<string, string>, limit: number): Promise<{ csv: string; chunks: number }> {
  let csv = '';
  let chunks = 0;
  let after: string | undefined;
  do {
    const chunk = await admin.adminOrders.exportChunk({ ...filter, limit, ...(after ? { after } : {}) });
    csv += chunk.csv;
    chunks++;
    after = chunk.next ?? undefined;
  } while (after);
  return { csv, chunks };
}

describe('the order list as CSV', () => {
  it('exports the filtered list only, with its header once', async () => {
    const { csv } = await exportAll({ status: 'PAID' }, 500);
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('order_number,placed_at,status,payment_state,email,customer_name,lines,total,refunded,currency');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^${paidNumber},[^,]+,PAID,SUCCEEDED,[^,]+@[^,]+,[^,]*,1,\\d+\\.\\d{2},0\\.00,EUR$`));
  });

  it('streams every order in keyset chunks, none twice or missing', async () => {
    const { csv, chunks } = await exportAll({}, 1);
    const exported = csv.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(chunks).toBe(3);
    expect(exported.sort()).toEqual([...numbers].sort());
  });

  it('refuses a bad filter and staff without orders.read', async () => {
    await expect(admin.adminOrders.exportChunk({ from: '2026-12-05', to: '2026-12-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const marketing = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
    await expect(marketing.adminOrders.exportChunk({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
