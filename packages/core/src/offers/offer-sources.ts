// The partners and competitors whose feeds the store imports, each with its offer counts and
// its latest import, for the admin's price comparison overview.
import type { PrismaClient } from '@tandem/db';
import { toImportReport } from './import-report.ts';
import type { OfferSourceSummary } from './types.ts';

/** Every offer source, by name, with how many of its active offers are compared or wait for review. */
export async function listOfferSources(prisma: PrismaClient): Promise<OfferSourceSummary[]> {
  const [sources, counts] = await Promise.all([
    prisma.offerSource.findMany({
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: { imports: { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: 1, include: { source: { select: { slug: true, name: true, kind: true } } } } },
    }),
    prisma.offer.groupBy({ by: ['sourceId', 'matchStatus'], where: { status: 'ACTIVE' }, _count: { _all: true } }),
  ]);
  const countOf = (sourceId: string, statuses: readonly string[]) =>
    counts.filter((c) => c.sourceId === sourceId && statuses.includes(c.matchStatus)).reduce((sum, c) => sum + c._count._all, 0);
  return sources.map((s) => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    homepageUrl: s.homepageUrl,
    activeOffers: countOf(s.id, ['UNMATCHED', 'AUTO', 'NEEDS_REVIEW', 'CONFIRMED', 'REJECTED']),
    matchedOffers: countOf(s.id, ['AUTO', 'CONFIRMED']),
    toReview: countOf(s.id, ['UNMATCHED', 'NEEDS_REVIEW']),
    lastImport: s.imports[0] ? toImportReport(s.imports[0]) : null,
  }));
}
