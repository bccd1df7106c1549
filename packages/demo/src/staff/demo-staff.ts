// Demo staff accounts, one per role, so a fresh demo store can be tried from the admin app.
// Only the demo start-up creates them (never in production mode); see apps/api/src/demo-staff.ts.
import type { PrismaClient } from '@tandem/db';
import { createAccountIfAbsent, hashPassword, type ScryptCost } from '@tandem/core/accounts';
import type { StaffRole } from '@tandem/core/staff';

/** The documented password of every demo staff account (README, start script). */
export const DEMO_STAFF_PASSWORD = 'tandem-demo-staff';

export const DEMO_STAFF: readonly { email: string; name: string; role: StaffRole }[] = [
  { email: 'admin@tandem.test', name: 'Ada Admin', role: 'ADMIN' },
  { email: 'catalog@tandem.test', name: 'Cato Catalog', role: 'CATALOG_MANAGER' },
  { email: 'support@tandem.test', name: 'Sam Support', role: 'SUPPORT' },
  { email: 'marketing@tandem.test', name: 'Mia Marketing', role: 'MARKETING' },
];

/**
 * Creates the demo staff accounts that do not exist yet; an existing account with the same
 * e-mail is left as it is (its password may have been changed). Returns the e-mails created.
 */
export async function ensureDemoStaff(prisma: PrismaClient, cost?: ScryptCost): Promise<string[]> {
  const existing = new Set(
    (await prisma.customer.findMany({ where: { email: { in: DEMO_STAFF.map((s) => s.email) } }, select: { email: true } })).map((c) => c.email),
  );
  const created: string[] = [];
  for (const staff of DEMO_STAFF.filter((s) => !existing.has(s.email))) {
    const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD, cost);
    if (await createAccountIfAbsent(prisma, { email: staff.email, name: staff.name, roles: [staff.role], passwordHash })) created.push(staff.email);
  }
  return created;
}
