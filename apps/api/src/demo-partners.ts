// The demo store's partners (a jersey shop sharing products, a blog, a pending application) and
// the store's web ring of their sites, created with the demo staff (never in production mode)
// and printed so the partner portal, tracked links, the ring bar and "From our partners" can be
// tried at once.
import { DEMO_PARTNERS, DEMO_PARTNER_PASSWORD, DEMO_RING, demoSiteAddresses, ensureDemoPartners, ensureDemoRing } from '@tandem/demo';
import type { PrismaClient } from '@tandem/db';
import type { ApiEnv } from './env.ts';
import { log } from './logger.ts';

export async function seedDemoPartners(prisma: PrismaClient, env: Pick<ApiEnv, 'SEED_DEMO' | 'DEMO_SITES_HOST' | 'DEMO_SITES_PORT'>, mediaDir: string): Promise<void> {
  if (!env.SEED_DEMO || process.env.NODE_ENV === 'production') return;
  const created = await ensureDemoPartners(prisma, { mediaDir });
  if (created.length) log.info(`Demo partner accounts created: ${created.join(', ')}.`);
  log.info(`Demo partners (password "${DEMO_PARTNER_PASSWORD}"): ${DEMO_PARTNERS.map((p) => `${p.email} (${p.code}, ${p.status.toLowerCase()})`).join(', ')}`);
  const sites = demoSiteAddresses(env.DEMO_SITES_HOST, env.DEMO_SITES_PORT);
  const ring = await ensureDemoRing(prisma, sites);
  if (ring.created) log.info(`Demo web ring "${DEMO_RING.slug}" created.`);
  if (ring.moved) log.info(`Demo web ring: ${ring.moved} member page(s) moved to where the demo sites are served now.`);
  log.info(`Demo web ring "${DEMO_RING.slug}" expects the demo partner sites at ${sites.map((s) => s.pageUrl).join(', ')} (scripts/start.mjs serves them).`);
}
