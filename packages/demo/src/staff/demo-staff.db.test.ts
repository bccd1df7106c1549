import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@tandem/core/accounts';
import { DEMO_STAFF_PASSWORD, ensureDemoStaff } from './demo-staff.ts';

let db: TestDatabase;
const cost = { N: 1024, r: 8, p: 1 };

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('demo staff accounts', () => {
  it('creates one account per staff role with the documented password, once', async () => {
    expect(await ensureDemoStaff(db.prisma, cost)).toEqual(['admin@tandem.test', 'catalog@tandem.test', 'support@tandem.test', 'marketing@tandem.test']);
    const rows = await db.prisma.customer.findMany({ where: { email: { endsWith: '@tandem.test' } }, orderBy: { email: 'asc' } });
    expect(rows.map((r) => [r.email, r.roles])).toEqual([
      ['admin@tandem.test', ['ADMIN']],
      ['catalog@tandem.test', ['CATALOG_MANAGER']],
      ['marketing@tandem.test', ['MARKETING']],
      ['support@tandem.test', ['SUPPORT']],
    ]);
    expect(await verifyPassword(DEMO_STAFF_PASSWORD, rows[0]!.passwordHash)).toBe(true);
    expect(await ensureDemoStaff(db.prisma, cost)).toEqual([]);
  });
});
