import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, codeOf, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let admin: Caller;
let support: Caller;
let customer: Caller;

beforeAll(async () => {
  db = await createTestDatabase();
  const services = testServices(db.prisma);
  const as = async (role: 'ADMIN' | 'SUPPORT' | 'CUSTOMER') => callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, [role])).sessionToken });
  [admin, support, customer] = [await as('ADMIN'), await as('SUPPORT'), await as('CUSTOMER')];
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 10, minute));
  await db.prisma.outboxEmail.createMany({
    data: [
      { id: 'mail-1', to: 'ada@example.test', subject: 'Order T-1 confirmed', text: 'Thank you', html: '<p>Thank you</p>', kind: 'order_confirmation', createdAt: at(1), sentAt: at(2), messageId: '<m1@smtp.example>' },
      { id: 'mail-2', to: 'bob@example.test', subject: 'Reset your password', text: 'Reset link', kind: 'password_reset', createdAt: at(3), attempts: 2, lastError: 'Error: connect ECONNREFUSED' },
      { id: 'mail-3', to: 'ada@example.test', subject: 'Payment received for order T-1', text: 'Paid', kind: 'payment_received', createdAt: at(4) },
    ],
  });
});
afterAll(() => db.close());

describe('admin sent e-mail', () => {
  it('lists every e-mail newest first with where its delivery stands', async () => {
    const page = await admin.adminEmails.list({});
    expect(page.items.map((m) => [m.id, m.status])).toEqual([
      ['mail-3', 'queued'],
      ['mail-2', 'failed'],
      ['mail-1', 'sent'],
    ]);
    expect(page.items[1]).toMatchObject({ lastError: 'Error: connect ECONNREFUSED', attempts: 2 });
    expect(page.items[2]).toMatchObject({ messageId: '<m1@smtp.example>' });
    expect(page.items[0]).not.toHaveProperty('text');
  });

  it('searches recipient and subject in any case, filters by status and pages on', async () => {
    expect((await admin.adminEmails.list({ search: 'ADA@' })).items.map((m) => m.id)).toEqual(['mail-3', 'mail-1']);
    expect((await admin.adminEmails.list({ search: 'password' })).items.map((m) => m.id)).toEqual(['mail-2']);
    expect((await admin.adminEmails.list({ status: 'failed' })).items.map((m) => m.id)).toEqual(['mail-2']);
    const first = await admin.adminEmails.list({ limit: 2 });
    expect(first.nextCursor).toBe('mail-2');
    const second = await admin.adminEmails.list({ limit: 2, cursor: first.nextCursor! });
    expect([second.items.map((m) => m.id), second.nextCursor]).toEqual([['mail-1'], null]);
  });

  it('opens one e-mail with its text and HTML parts, and answers NOT_FOUND for an unknown id', async () => {
    expect(await admin.adminEmails.byId({ id: 'mail-1' })).toMatchObject({ text: 'Thank you', html: '<p>Thank you</p>', status: 'sent' });
    expect(await codeOf(admin.adminEmails.byId({ id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('refuses staff without the audit permission and shoppers', async () => {
    expect(await codeOf(support.adminEmails.list({}))).toBe('FORBIDDEN');
    expect(await codeOf(support.adminEmails.byId({ id: 'mail-1' }))).toBe('FORBIDDEN');
    expect(await codeOf(customer.adminEmails.list({}))).toBe('FORBIDDEN');
    expect(await codeOf(callerFor(testServices(db.prisma)).adminEmails.list({}))).toBe('UNAUTHORIZED');
  });
});
