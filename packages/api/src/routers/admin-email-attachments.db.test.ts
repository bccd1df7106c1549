// The admin "Sent e-mail" page lists the documents an e-mail carries and lets administrators
// download each one as the relay sends it: a real order, paid, and its payment e-mail.
import { type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productFor, referredOrder } from '../testing/affiliate.ts';
import { callerFor, codeOf, signedInCustomer, type Caller } from '../testing/callers.ts';
import { runOrderEventJobs } from '../testing/order-events.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let admin: Caller;
let support: Caller;
let emailId: string;
let invoiceName: string;

beforeAll(async () => {
  const store = await adminStore();
  ({ db, admin } = store);
  const { services } = store;
  support = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['SUPPORT'])).sessionToken });
  const { variant } = await productFor(db.prisma, 10_000);
  const { order } = await referredOrder(services, variant.id, null);
  await admin.adminOrders.markPaid({ id: order.id });
  await runOrderEventJobs(db.prisma);
  emailId = (await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: order.email, kind: 'payment_received' } })).id;
  const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { orderId: order.id } });
  invoiceName = `INV-${String(invoice.number).padStart(6, '0')}.pdf`;
});
afterAll(() => db.close());

describe('admin sent e-mail attachments', () => {
  it('lists the invoice the payment e-mail carries and downloads it as the PDF the shopper gets', async () => {
    const email = await admin.adminEmails.byId({ id: emailId });
    expect(email.attachments).toEqual([{ kind: 'invoice', id: expect.any(String), filename: invoiceName }]);
    const file = await admin.adminEmails.attachment({ id: emailId, index: 0 });
    expect(file).toMatchObject({ filename: invoiceName, contentType: 'application/pdf' });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('answers NOT_FOUND for an attachment the e-mail does not have, and refuses staff without the audit permission', async () => {
    expect(await codeOf(admin.adminEmails.attachment({ id: emailId, index: 1 }))).toBe('NOT_FOUND');
    expect(await codeOf(admin.adminEmails.attachment({ id: 'nope', index: 0 }))).toBe('NOT_FOUND');
    expect(await codeOf(support.adminEmails.attachment({ id: emailId, index: 0 }))).toBe('FORBIDDEN');
  });
});
