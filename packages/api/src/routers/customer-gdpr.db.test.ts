// GDPR from the admin's customer page: the export holds everything the store knows about the
// customer, and the erase leaves nothing personal in any table but the legally kept invoices and
// the audit log, while orders and invoices still add up to the same amounts.
import { randomUUID } from 'node:crypto';
import { type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, codeOf, signedInCustomer, type Caller } from '../testing/callers.ts';
import { placedOrder } from '../testing/orders.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let people = 0;

/** Tables kept on purpose: issued invoices and credit notes (tax law), and the audit log. */
const RETAINED = new Set(['Invoice', 'CreditNote', 'AuditEntry', '_prisma_migrations']);

/** Every table (outside RETAINED) with a row whose text contains one of `needles`. */
async function tablesMentioning(needles: string[]): Promise<string[]> {
  const tables = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
  const found: string[] = [];
  for (const { table_name: table } of tables) {
    if (RETAINED.has(table)) continue;
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" t WHERE ${needles.map((_, i) => `row_to_json(t)::text ILIKE $${i + 1}`).join(' OR ')}`, ...needles.map((n) => `%${n}%`));
    if (rows[0]!.n > 0) found.push(table);
  }
  return found;
}

/** A customer with an address, a paid and partly refunded order, a ticket, behaviour and e-mail; names unique per call. */
async function customerWithHistory() {
  const n = ++people;
  const NAME = `Ada Qwertzlace${n}x`;
  const STREET = `Zyxwvu Lane ${n}7x`;
  const placed = await placedOrder(db.prisma, services, NAME);
  await admin.adminOrders.markPaid({ id: placed.order.id });
  await admin.adminOrders.refund({ id: placed.order.id, amount: 1_500, idempotencyKey: randomUUID() });
  const id = placed.shopper.id;
  await db.prisma.address.create({ data: { customerId: id, name: NAME, line1: STREET, postalCode: '1000', city: 'Brussels', country: 'BE', phone: '+32 470 00 00 00' } });
  await db.prisma.supportTicket.create({
    data: {
      customerId: id, email: placed.shopper.email, name: NAME, subject: `Where is my parcel to ${STREET}?`, channel: 'CONTACT_FORM', status: 'OPEN', accessTokenHash: randomUUID(),
      messages: { create: [{ author: 'CUSTOMER', authorName: NAME, body: `Hello, this is ${NAME}.` }, { author: 'AGENT', authorName: 'Agent', body: `Dear ${NAME}, it is on its way.` }] },
    },
  });
  await db.prisma.behaviourEvent.createMany({ data: [{ customerId: id, type: 'VIEW' }, { customerId: id, type: 'SEARCH', query: 'red bike' }] });
  await db.prisma.customerSegment.create({ data: { customerId: id, segment: 'new', recencyDays: 1, frequency: 1, monetaryAmount: 10_000, currency: 'EUR', recencyScore: 5, frequencyScore: 1, monetaryScore: 3, computedAt: new Date() } });
  await db.prisma.outboxEmail.create({ data: { to: placed.shopper.email, subject: 'Your order', text: `Hi ${NAME}`, kind: 'order.placed' } });
  return { ...placed, NAME, STREET };
}

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
});
afterAll(() => db.close());

describe('GDPR export', () => {
  it('holds the account, addresses, consents, orders, tickets and behaviour, and is audited', async () => {
    const { shopper, order, NAME, STREET } = await customerWithHistory();
    const data = await admin.adminCustomers.exportPersonalData({ id: shopper.id });
    expect(data.account).toMatchObject({ id: shopper.id, name: NAME, email: shopper.email, erasedAt: null });
    expect(data.addresses.map((a) => a.line1)).toEqual([STREET]);
    expect(data.consents).toEqual({ tracking: true, marketing: false });
    expect(data.orders).toEqual([expect.objectContaining({ number: order.number, totalAmount: order.total.amount, invoice: expect.objectContaining({ totalAmount: order.total.amount }), creditNotes: [expect.objectContaining({ amount: 1_500 })] })]);
    expect(data.supportTickets).toEqual([expect.objectContaining({ name: NAME, messages: expect.arrayContaining([expect.objectContaining({ body: `Hello, this is ${NAME}.` })]) })]);
    expect(data.behaviour.events.map((e) => e.type).sort()).toEqual(['SEARCH', 'VIEW']);
    expect(data.sessions).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash/);
    expect(await db.prisma.auditEntry.count({ where: { action: 'customers.personal-data.export', entityId: shopper.id } })).toBe(1);
  });
});

describe('GDPR erase', () => {
  it('leaves nothing personal in any table but the kept invoices and audit log; amounts are unchanged', async () => {
    const { shopper, order, api, NAME, STREET } = await customerWithHistory();
    const totals = async () => ({
      orders: await db.prisma.order.aggregate({ _sum: { totalAmount: true, refundedAmount: true, taxAmount: true } }),
      invoices: await db.prisma.invoice.aggregate({ _sum: { totalAmount: true }, _count: { _all: true } }),
      creditNotes: await db.prisma.creditNote.aggregate({ _sum: { amount: true }, _count: { _all: true } }),
      invoiceSnapshots: await db.prisma.invoice.findMany({ orderBy: { id: 'asc' }, select: { snapshot: true } }),
    });
    const before = await totals();
    expect(await tablesMentioning([NAME, shopper.email, STREET])).not.toEqual([]);

    const report = await admin.adminCustomers.erase({ id: shopper.id });
    expect(report).toMatchObject({ id: shopper.id, orders: 1, tickets: 1, addresses: 1, sessions: 1, behaviourEvents: 2 });

    expect(await tablesMentioning([NAME, shopper.email, STREET])).toEqual([]);
    expect(await totals()).toEqual(before);
    const erased = await db.prisma.customer.findUniqueOrThrow({ where: { id: shopper.id } });
    expect(erased).toMatchObject({ name: 'Erased customer', trackingConsent: false, marketingConsent: false });
    expect(erased.erasedAt).not.toBeNull();
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ customerId: shopper.id, totalAmount: order.total.amount, shippingAddress: expect.objectContaining({ country: 'NL', line1: '' }) });
    expect(await db.prisma.customerSegment.count({ where: { customerId: shopper.id } })).toBe(0);
    expect(await db.prisma.supportTicketLink.count()).toBe(0);
    // Signed out everywhere, and no password opens the account again.
    expect(await codeOf(api.personalData.consent())).toBe('UNAUTHORIZED');
    expect(await codeOf(callerFor(services).auth.signIn({ email: erased.email, password: 'anything-at-all-1' }))).not.toBe('OK');
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'customers.personal-data.erase', entityId: shopper.id } });
    expect(JSON.stringify(audit.after)).not.toContain(shopper.email);
  });

  it('needs the password again, and refuses staff and a customer erased already', async () => {
    const { shopper } = await customerWithHistory();
    const notReauthenticated = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
    expect(await codeOf(notReauthenticated.adminCustomers.erase({ id: shopper.id }))).toBe('FORBIDDEN');
    const catalog = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'CATALOG_MANAGER'], { reauthenticated: true })).sessionToken });
    expect(await codeOf(catalog.adminCustomers.erase({ id: shopper.id }))).toBe('FORBIDDEN');
    expect(await db.prisma.customer.count({ where: { id: shopper.id, erasedAt: null } })).toBe(1);

    await admin.adminCustomers.erase({ id: shopper.id });
    expect(await codeOf(admin.adminCustomers.erase({ id: shopper.id }))).toBe('CONFLICT');
    const { customer: staff } = await signedInCustomer(db.prisma, ['CUSTOMER', 'SUPPORT']);
    expect(await codeOf(admin.adminCustomers.erase({ id: staff.id }))).toBe('CONFLICT');
    expect(await codeOf(admin.adminCustomers.erase({ id: 'missing' }))).toBe('NOT_FOUND');
  });
});
