// Test helper: the set-up of the admin catalog tests — a fresh database, a catalog manager who
// may change the catalog, a support agent who may not, and one category to put products in.
import { createTestDatabase, makeCategory, type TestDatabase } from '@tandem/db/testing';
import { callerFor, signedInCustomer, testServices, type Caller } from './callers.ts';

export interface CatalogStaff {
  db: TestDatabase;
  manager: Caller;
  support: Caller;
  categoryId: string;
}

export async function catalogStaff(categorySlug: string): Promise<CatalogStaff> {
  const db = await createTestDatabase();
  const services = testServices(db.prisma);
  const caller = async (role: 'CATALOG_MANAGER' | 'SUPPORT') => callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, [role])).sessionToken });
  return { db, manager: await caller('CATALOG_MANAGER'), support: await caller('SUPPORT'), categoryId: (await makeCategory(db.prisma, categorySlug)).id };
}
