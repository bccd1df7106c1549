// Test helper: the set-up of the order and money tests — a fresh database with the checkout
// settings, the API's services, and an administrator who has just re-entered their password
// (refunds and cancellations ask for it).
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from './callers.ts';

export interface AdminStore {
  db: TestDatabase;
  services: ApiServices;
  admin: Caller;
}

export async function adminStore(): Promise<AdminStore> {
  const db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const services = testServices(db.prisma);
  const { sessionToken } = await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'], { reauthenticated: true });
  return { db, services, admin: callerFor(services, { sessionToken }) };
}
