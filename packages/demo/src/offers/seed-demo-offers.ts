// The demo shop's price comparison: a partner's CSV feed and a competitor's JSON feed (files in
// this folder), imported through the same path as any admin import. Idempotent: a re-run
// updates the same offers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '@tandem/db';
import { importOfferFeed, type FeedImportReport } from '@tandem/core/offers';

export const demoOfferFeeds = [
  {
    file: 'partner-feed.csv',
    format: 'CSV' as const,
    source: { slug: 'velo-partner', name: 'Velo Partner', kind: 'PARTNER' as const, homepageUrl: 'https://velo-partner.example' },
  },
  {
    file: 'competitor-feed.json',
    format: 'JSON' as const,
    source: { slug: 'rival-cycles', name: 'Rival Cycles', kind: 'COMPETITOR' as const, homepageUrl: 'https://rival-cycles.example' },
  },
];

/** Imports both demo feeds (after the demo catalog) and returns their reports. */
export async function seedDemoOffers(prisma: PrismaClient, log: (line: string) => void = () => {}): Promise<FeedImportReport[]> {
  const reports: FeedImportReport[] = [];
  for (const feed of demoOfferFeeds) {
    const text = await readFile(path.join(import.meta.dirname, feed.file), 'utf8');
    const report = await importOfferFeed(prisma, { source: feed.source, format: feed.format, text, full: true });
    log(`Offers from ${feed.source.name}: ${report.createdCount} new, ${report.updatedCount} updated, ${report.matchedCount} matched, ${report.reviewCount} to review, ${report.rejectedCount} rejected rows`);
    reports.push(report);
  }
  return reports;
}
