// The demo partner (affiliate tracking and the partner portal), created with the demo staff.
import { DEMO_PARTNER, DEMO_PARTNER_PASSWORD, ensureDemoPartner } from '@tandem/core/partners';
import type { PrismaClient } from '@tandem/db';

export async function seedDemoPartner(prisma: PrismaClient, seedDemo: boolean): Promise<void> {
  if (!seedDemo || process.env.NODE_ENV === 'production') return;
  if (await ensureDemoPartner(prisma)) console.log(`Demo partner created: ${DEMO_PARTNER.code}.`);
  console.log(`Demo partner: ${DEMO_PARTNER.email} (password "${DEMO_PARTNER_PASSWORD}"), tracked links /r/${DEMO_PARTNER.code}`);
}
