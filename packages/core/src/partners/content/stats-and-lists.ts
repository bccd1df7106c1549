// The partner's own list of items (portal) with its feed's state.
import type { PrismaClient } from '@tandem/db';
import type { PartnerFeedReport } from './import-partner-feed.ts';
import type { PartnerItemView } from './types.ts';

export async function partnerOwnItems(prisma: PrismaClient, partnerId: string): Promise<PartnerItemView[]> {
  const rows = await prisma.partnerContentItem.findMany({ where: { partnerId }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], include: { partner: { select: { name: true } } } });
  const categories = await prisma.category.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => r.categoryIds))] } }, select: { id: true, slug: true } });
  const slug = new Map(categories.map((c) => [c.id, c.slug]));
  return rows.map((r) => ({
    id: r.id, title: r.title, description: r.description, price: { amount: r.priceAmount, currency: r.currency }, imageUrl: r.imageUrl, partner: r.partner,
    url: r.url, origin: r.origin, externalId: r.externalId, status: r.status, reviewNote: r.reviewNote,
    categorySlugs: r.categoryIds.flatMap((id) => (slug.has(id) ? [slug.get(id)!] : [])), keywords: r.keywords, updatedAt: r.updatedAt,
  }));
}

export async function partnerFeedState(prisma: PrismaClient, partnerId: string) {
  const feed = await prisma.partnerContentFeed.findUnique({ where: { partnerId } });
  return feed ? { url: feed.url, lastFetchedAt: feed.lastFetchedAt, lastStatus: feed.lastStatus, lastReport: (feed.lastReport ?? null) as PartnerFeedReport | null } : null;
}
