// Feed import reports as the API returns them, and the list of past imports.
import type { OfferFeedImportModel, PrismaClient } from '@tandem/db';
import type { FeedImportReport, RejectedRow } from './types.ts';

type ImportRow = OfferFeedImportModel & { source: { slug: string; name: string; kind: 'PARTNER' | 'COMPETITOR' } };

export function toImportReport(row: ImportRow): FeedImportReport {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    full: row.full,
    rowCount: row.rowCount,
    createdCount: row.createdCount,
    updatedCount: row.updatedCount,
    removedCount: row.removedCount,
    rejectedCount: row.rejectedCount,
    matchedCount: row.matchedCount,
    reviewCount: row.reviewCount,
    rejectedRows: row.rejectedRows as unknown as RejectedRow[],
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
  };
}

/** The latest feed imports, newest first, each with its full report. */
export async function listFeedImports(prisma: PrismaClient, limit: number): Promise<FeedImportReport[]> {
  const rows = await prisma.offerFeedImport.findMany({
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    include: { source: { select: { slug: true, name: true, kind: true } } },
  });
  return rows.map(toImportReport);
}
