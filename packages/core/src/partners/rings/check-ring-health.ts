// The scheduled health check: fetch each member's page (through the host's fetcher), mark it UP
// or DOWN, and when a member changes state tell the ring's owner by outbox e-mail. The state
// change and its e-mail are one conditional update + insert in one transaction, so a check that
// runs twice (two processes, a retry) sends one e-mail per change.
import type { PrismaClient, WebRingHealth } from '@tandem/db';
import { queueEmail } from '../../notifications/index.ts';
import { ringMemberHealthEmail, ringMembersUrl } from './ring-emails.ts';
import { assessRingPage, type RingPageFetcher } from './ring-page-check.ts';

export interface RingHealthOptions {
  fetcher: RingPageFetcher;
  now: Date;
  /** Members checked less than this long ago are skipped, in ms. */
  minIntervalMs?: number;
  /** Who hears about rings the store itself owns. */
  storeEmail: string;
  /** Base URL of the admin app, for the link in the e-mail about the store's own rings. */
  adminUrl?: string;
  /** Base URL of the storefront, for the link (to the partner portal) in a partner owner's e-mail. */
  storefrontUrl?: string;
  /** How many pages are fetched at once. */
  concurrency?: number;
}

export interface RingHealthReport {
  checked: number;
  changed: { ringSlug: string; partnerCode: string; from: WebRingHealth; to: WebRingHealth; reason: string | null }[];
}

export async function checkRingHealth(prisma: PrismaClient, options: RingHealthOptions): Promise<RingHealthReport> {
  const due = new Date(options.now.getTime() - (options.minIntervalMs ?? 0));
  const members = await prisma.webRingMember.findMany({
    where: { OR: [{ healthCheckedAt: null }, { healthCheckedAt: { lte: due } }] },
    orderBy: [{ healthCheckedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    take: 500,
    select: { id: true, pageUrl: true, health: true, partner: { select: { code: true, name: true } }, ring: { select: { slug: true, name: true, ownerPartner: { select: { contactEmail: true } } } } },
  });
  const report: RingHealthReport = { checked: 0, changed: [] };
  const queue = [...members];
  const worker = async () => {
    for (let member = queue.shift(); member; member = queue.shift()) {
      const verdict = assessRingPage(await options.fetcher(member.pageUrl), member.ring.slug);
      const to: WebRingHealth = verdict.up ? 'UP' : 'DOWN';
      const reason = verdict.up ? null : verdict.reason;
      report.checked++;
      const changed = await prisma.$transaction(async (tx) => {
        const updated = await tx.webRingMember.updateMany({ where: { id: member.id, health: member.health }, data: { health: to, healthReason: reason, healthCheckedAt: options.now } });
        // A first check that finds the page up is how a member is expected to start: no news.
        const news = updated.count === 1 && member.health !== to && !(member.health === 'UNKNOWN' && to === 'UP');
        if (news) {
          const owner = member.ring.ownerPartner?.contactEmail ?? options.storeEmail;
          const membersUrl = ringMembersUrl({ slug: member.ring.slug, ownedByPartner: member.ring.ownerPartner !== null }, options);
          await queueEmail(tx, ringMemberHealthEmail, owner, { partnerName: member.partner.name, pageUrl: member.pageUrl, ring: member.ring, up: to === 'UP', reason, membersUrl });
        }
        return news;
      });
      if (changed) report.changed.push({ ringSlug: member.ring.slug, partnerCode: member.partner.code, from: member.health, to, reason });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return report;
}
