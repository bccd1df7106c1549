// The demo store's partners (a jersey shop sharing products, a blog, a pending application),
// created with the demo staff (never in production mode) and printed so the partner portal,
// tracked links and "From our partners" can be tried at once.
import { DEMO_PARTNERS, DEMO_PARTNER_PASSWORD, ensureDemoPartners } from '@tandem/demo';
import type { PrismaClient } from '@tandem/db';
import { log } from './logger.ts';

export async function seedDemoPartners(prisma: PrismaClient, seedDemo: boolean, mediaDir: string): Promise<void> {
  if (!seedDemo || process.env.NODE_ENV === 'production') return;
  const created = await ensureDemoPartners(prisma, { mediaDir });
  if (created.length) log.info(`Demo partner accounts created: ${created.join(', ')}.`);
  log.info(`Demo partners (password "${DEMO_PARTNER_PASSWORD}"): ${DEMO_PARTNERS.map((p) => `${p.email} (${p.code}, ${p.status.toLowerCase()})`).join(', ')}`);
}
