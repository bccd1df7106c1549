// Demo staff accounts for the demo store: created at start-up when the demo seed is on and the
// API is not in production mode, and printed so the admin app can be tried at once.
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, ensureDemoStaff } from '@tandem/demo';
import type { PrismaClient } from '@tandem/db';
import { log } from './logger.ts';

export async function seedDemoStaff(prisma: PrismaClient, seedDemo: boolean): Promise<void> {
  if (!seedDemo || process.env.NODE_ENV === 'production') return;
  const created = await ensureDemoStaff(prisma);
  if (created.length) log.info(`Demo staff accounts created: ${created.join(', ')}.`);
  log.info(`Demo staff (password "${DEMO_STAFF_PASSWORD}"): ${DEMO_STAFF.map((s) => `${s.email} (${s.role.toLowerCase()})`).join(', ')}`);
}
