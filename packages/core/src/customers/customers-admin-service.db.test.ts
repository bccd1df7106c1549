import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { AdminCustomerExportInput, AdminCustomerListInput, type AdminCustomerListInput as ListInput } from '@tandem/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomersAdminService, CUSTOMER_CSV_HEADER, type CustomersAdminService } from './index.ts';

let db: TestDatabase;
let service: CustomersAdminService;
const ids: Record<string, string> = {};
let orders = 0;
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));

async function customer(key: string, data: { name: string; email: string; group?: 'CONSUMER' | 'RETAILER'; consent?: boolean; createdAt: Date }) {
  const row = await db.prisma.customer.create({ data: { name: data.name, email: data.email, passwordHash: 'x', customerGroup: data.group ?? 'CONSUMER', marketingConsent: data.consent ?? false, createdAt: data.createdAt } });
  ids[key] = row.id;
  return row;
}

async function order(key: string, o: { total: number; refunded?: number; paidAt?: Date | null; placed: Date; currency?: string; number?: string }) {
  const n = ++orders;
  return db.prisma.order.create({
    data: {
      number: o.number ?? `T-TEST${n}`, customerId: ids[key]!, idempotencyKey: `k-${n}`, email: 'x@example.test',
      status: o.paidAt ? 'PAID' : 'AWAITING_PAYMENT', currency: o.currency ?? 'EUR', pricesIncludeTax: true,
      subtotalAmount: o.total, shippingAmount: 0, taxAmount: 0, totalAmount: o.total, refundedAmount: o.refunded ?? 0,
      shippingAddress: {}, shippingMethodCode: 'standard', shippingMethodName: 'Standard', reservationExpiresAt: o.placed,
      paidAt: o.paidAt ?? null, createdAt: o.placed,
    },
  });
}

const list = (input: ListInput) => service.list(AdminCustomerListInput.parse(input));
const names = async (input: ListInput) => (await list(input)).items.map((item) => item.name);

beforeAll(async () => {
  db = await createTestDatabase();
  service = createCustomersAdminService(db.prisma);
  await customer('ada', { name: 'Ada Lovelace', email: 'ada@example.test', group: 'RETAILER', consent: true, createdAt: day(1) });
  await customer('bob', { name: 'Bob Builder', email: 'bob@build.test', createdAt: day(2) });
  await customer('cy', { name: '=HYPERLINK("http://evil.test")', email: '+cy@example.test', consent: true, createdAt: day(3) });
  await customer('dee', { name: 'Dee 100%', email: 'dee@example.test', createdAt: day(4) });
  // Ada: 100.00 paid less 25.00 refunded, a USD order and an unpaid order that do not count as revenue.
  const first = await order('ada', { total: 10_000, refunded: 2_500, paidAt: day(5), placed: day(5) });
  await order('ada', { total: 5_000, paidAt: day(6), placed: day(6), currency: 'USD' });
  await order('ada', { total: 99_999, placed: day(7) });
  await order('bob', { total: 30_000, paidAt: day(3), placed: day(3), number: 'T-FINDME' });
  await order('dee', { total: 1_000, placed: day(9) });
  await db.prisma.customerSegment.create({
    data: { customerId: ids.ada!, segment: 'key_account', recencyDays: 3, frequency: 1, monetaryAmount: 7_500, currency: 'EUR', recencyScore: 5, frequencyScore: 4, monetaryScore: 3, computedAt: day(8) },
  });
  await db.prisma.address.create({ data: { customerId: ids.ada!, name: 'Ada', line1: 'Dam 1', postalCode: '1012', city: 'Amsterdam', country: 'NL', isDefault: true } });
  await db.prisma.supportTicket.create({ data: { customerId: ids.ada!, email: 'ada@example.test', name: 'Ada', subject: 'Where is my parcel?', channel: 'CONTACT_FORM', status: 'OPEN', accessTokenHash: 'h-1' } });
  const owner = await customer('partnerOwner', { name: 'Pat Partner', email: 'pat@example.test', createdAt: day(0) });
  const partner = await db.prisma.partner.create({ data: { code: 'bikeblog', name: 'Bike Blog', websiteUrl: 'https://bike.test', contactEmail: 'pat@example.test', customerId: owner.id, status: 'APPROVED' } });
  const click = await db.prisma.affiliateClick.create({ data: { partnerId: partner.id, targetPath: '/', ipHash: 'h' } });
  await db.prisma.orderReferral.create({ data: { orderId: first.id, partnerId: partner.id, clickId: click.id, model: 'LAST_CLICK' } });
});
afterAll(() => db.close());

describe('the admin customer list', () => {
  it('finds customers by name, e-mail or one of their order numbers, case-insensitively', async () => {
    expect(await names({ query: 'lovelace' })).toEqual(['Ada Lovelace']);
    expect(await names({ query: 'BUILD.TEST' })).toEqual(['Bob Builder']);
    expect(await names({ query: 't-findme' })).toEqual(['Bob Builder']);
  });

  it('takes % and _ in a search literally', async () => {
    expect(await names({ query: '100%' })).toEqual(['Dee 100%']);
    expect(await names({ query: '_' })).toEqual([]);
  });

  it('filters by group, orders, marketing consent and segment', async () => {
    expect(await names({ group: 'RETAILER' })).toEqual(['Ada Lovelace']);
    expect((await names({ hasOrders: 'yes', sort: 'newest' })).sort()).toEqual(['Ada Lovelace', 'Bob Builder', 'Dee 100%']);
    expect((await names({ hasOrders: 'no' })).sort()).toEqual(['=HYPERLINK("http://evil.test")', 'Pat Partner']);
    expect((await names({ marketingConsent: 'yes' })).sort()).toEqual(['=HYPERLINK("http://evil.test")', 'Ada Lovelace']);
    expect(await names({ marketingConsent: 'no', hasOrders: 'yes', group: 'CONSUMER' })).toEqual(['Dee 100%', 'Bob Builder']);
    expect(await names({ segment: 'key_account' })).toEqual(['Ada Lovelace']);
  });

  it('counts revenue from paid orders in the store currency, less refunds', async () => {
    const { items } = await list({ sort: 'revenue' });
    const ada = items.find((item) => item.name === 'Ada Lovelace')!;
    expect(ada.revenue).toEqual({ amount: 7_500, currency: 'EUR' });
    expect(ada.orderCount).toBe(3);
    expect(ada.segment).toEqual({ key: 'key_account', label: 'Key accounts' });
    expect(items.find((item) => item.name === 'Dee 100%')!.revenue.amount).toBe(0);
  });

  it('sorts by revenue, latest order and newest account', async () => {
    expect((await names({ sort: 'revenue' })).slice(0, 2)).toEqual(['Bob Builder', 'Ada Lovelace']);
    expect(await names({ sort: 'lastOrder', hasOrders: 'yes' })).toEqual(['Dee 100%', 'Ada Lovelace', 'Bob Builder']);
    expect((await names({ sort: 'newest' })).slice(0, 2)).toEqual(['Dee 100%', '=HYPERLINK("http://evil.test")']);
  });

  it('pages through the list with the total of every match', async () => {
    const second = await list({ sort: 'newest', limit: 2, page: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pages: 3 });
    expect(second.items.map((item) => item.name)).toEqual(['Bob Builder', 'Ada Lovelace']);
    expect((await list({ sort: 'newest', limit: 2, page: 9 })).items).toEqual([]);
  });
});

describe('the admin customer page', () => {
  it('shows profile, figures, orders, tickets, segment scores and the referring partner', async () => {
    const ada = await service.detail(ids.ada!);
    expect(ada).toMatchObject({ name: 'Ada Lovelace', group: 'RETAILER', consents: { tracking: true, marketing: true } });
    expect(ada.stats).toEqual({ orderCount: 3, paidOrderCount: 1, revenue: { amount: 7_500, currency: 'EUR' }, lastOrderAt: day(7).toISOString() });
    expect(ada.orders.map((o) => o.total.amount)).toEqual([99_999, 5_000, 10_000]);
    expect(ada.addresses).toMatchObject([{ city: 'Amsterdam', isDefault: true }]);
    expect(ada.tickets).toMatchObject([{ subject: 'Where is my parcel?', status: 'OPEN' }]);
    expect(ada.segment).toMatchObject({ key: 'key_account', label: 'Key accounts', recencyScore: 5, frequencyScore: 4, monetaryScore: 3 });
    expect(ada.referral).toMatchObject({ partnerName: 'Bike Blog', partnerCode: 'bikeblog', referredOrders: 1 });
  });

  it('says plainly when there is no such customer', async () => {
    await expect(service.detail('nobody')).rejects.toThrow('No customer "nobody" was found.');
  });
});

describe('the customer CSV export', () => {
  const exportAll = async (filter: object, limit = 500) => {
    let csv = '';
    let after: string | undefined;
    do {
      const chunk = await service.csvChunk(AdminCustomerExportInput.parse({ ...filter, limit, after }));
      csv += chunk.csv;
      after = chunk.next ?? undefined;
    } while (after);
    return csv.split('\r\n').filter(Boolean);
  };

  it('fills e-mail and segment only for customers who agreed to marketing', async () => {
    const [header, ...rows] = await exportAll({ hasOrders: 'yes' });
    expect(header).toBe(CUSTOMER_CSV_HEADER.join(','));
    const byId = new Map(rows.map((row) => [row.split(',')[0], row]));
    expect(byId.get(ids.ada!)).toContain(',75.00,EUR,yes,ada@example.test,key_account');
    expect(byId.get(ids.bob!)).toMatch(/,300\.00,EUR,no,,$/);
    expect(rows.join('\n')).not.toContain('bob@build.test');
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const [, row] = await exportAll({ query: 'evil' });
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.test"")",`);
    expect(row).toContain(",'+cy@example.test,");
  });

  it('streams the same rows in small chunks as in one, each once', async () => {
    const whole = await exportAll({});
    expect(await exportAll({}, 2)).toEqual(whole);
    expect(whole).toHaveLength(1 + 5);
  });
});
