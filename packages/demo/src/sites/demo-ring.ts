// The store's demo web ring, its members the demo partner sites at the addresses the start
// command serves them on. Created once (staff may edit or empty it afterwards); on later starts
// only the members' page addresses follow the sites' ports, and a moved page is checked afresh.
import type { PrismaClient } from '@tandem/db';
import { DEMO_PARTNERS } from '../partners/demo-partners.ts';
import { DEMO_RING, type DemoSiteAddress } from './demo-sites.ts';

export interface DemoRingReport {
  /** True when this call created the ring. */
  created: boolean;
  /** Members whose page address changed to where the site is served now. */
  moved: number;
}

/**
 * Ensures the demo ring and points its members at `sites`; also lets each site's origin load the
 * widget (adds it to the partner's allowed origins). Partners that are not (or no longer) demo
 * partners' accounts are left out. Run after `ensureDemoPartners`.
 */
export async function ensureDemoRing(prisma: PrismaClient, sites: readonly DemoSiteAddress[]): Promise<DemoRingReport> {
  const emails = new Map(DEMO_PARTNERS.map((p) => [p.code, p.email]));
  const partners = await prisma.partner.findMany({
    where: { customer: { email: { in: sites.map((s) => emails.get(s.partnerCode) ?? '') } } },
    select: { id: true, allowedOrigins: true, customer: { select: { email: true } } },
  });
  const members = sites.flatMap((site) => {
    const partner = partners.find((p) => p.customer.email === emails.get(site.partnerCode));
    return partner ? [{ site, partner }] : [];
  });
  return prisma.$transaction(async (tx) => {
    for (const { site, partner } of members) {
      if (!partner.allowedOrigins.includes(site.origin)) await tx.partner.update({ where: { id: partner.id }, data: { allowedOrigins: [...partner.allowedOrigins, site.origin] } });
    }
    const ring = await tx.webRing.findUnique({ where: { slug: DEMO_RING.slug }, select: { id: true } });
    if (!ring) {
      await tx.webRing.create({
        data: { ...DEMO_RING, members: { create: members.map(({ site, partner }, position) => ({ partnerId: partner.id, pageUrl: site.pageUrl, position })) } },
      });
      return { created: true, moved: 0 };
    }
    let moved = 0;
    for (const { site, partner } of members) {
      const { count } = await tx.webRingMember.updateMany({
        where: { ringId: ring.id, partnerId: partner.id, pageUrl: { not: site.pageUrl } },
        data: { pageUrl: site.pageUrl, health: 'UNKNOWN', healthReason: null, healthCheckedAt: null },
      });
      moved += count;
    }
    return { created: false, moved };
  });
}
