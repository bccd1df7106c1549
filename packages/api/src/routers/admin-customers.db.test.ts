// The customers area through the router: who may read it, who may move a customer to another
// price group, and that the move is audited and shows on the customer page.
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, codeOf, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';
import type { ApiServices } from '../context.ts';

let db: TestDatabase;
let services: ApiServices;
const as = async (role: 'ADMIN' | 'SUPPORT' | 'MARKETING' | 'CATALOG_MANAGER' | 'CUSTOMER'): Promise<Caller> =>
  callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, [role])).sessionToken });

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
});
afterAll(() => db.close());

describe('adminCustomers', () => {
  it('is open to support and marketing, closed to catalog managers and shoppers', async () => {
    const { customer } = await signedInCustomer(db.prisma);
    for (const role of ['SUPPORT', 'MARKETING', 'ADMIN'] as const) {
      expect(await codeOf((await as(role)).adminCustomers.detail({ id: customer.id })), role).toBe('OK');
    }
    for (const role of ['CATALOG_MANAGER', 'CUSTOMER'] as const) {
      const caller = await as(role);
      expect(await codeOf(caller.adminCustomers.list({})), role).toBe('FORBIDDEN');
      expect(await codeOf(caller.adminCustomers.exportChunk({})), role).toBe('FORBIDDEN');
    }
  });

  it('lets marketing, not support, move a customer to the retailer group, audited', async () => {
    const { customer } = await signedInCustomer(db.prisma);
    const input = { customerId: customer.id, customerGroup: 'RETAILER' as const };
    expect(await codeOf((await as('SUPPORT')).adminPricing.setCustomerGroup(input))).toBe('FORBIDDEN');
    const marketing = await as('MARKETING');
    await marketing.adminPricing.setCustomerGroup(input);
    expect((await marketing.adminCustomers.detail({ id: customer.id })).group).toBe('RETAILER');
    expect((await marketing.adminCustomers.list({ group: 'RETAILER' })).items.map((item) => item.id)).toContain(customer.id);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'Customer', entityId: customer.id } });
    expect(entry).toMatchObject({ action: 'pricing.customer-group.set', before: { customerGroup: 'CONSUMER' }, after: { customerGroup: 'RETAILER' } });
  });

  it('answers NOT_FOUND for a customer that does not exist', async () => {
    expect(await codeOf((await as('SUPPORT')).adminCustomers.detail({ id: 'missing' }))).toBe('NOT_FOUND');
  });
});
