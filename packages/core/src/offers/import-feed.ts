// The feed import workflow: read and validate the feed, match its offers, then in one
// transaction upsert the source (locking it, so two imports of one source run one after the
// other), upsert every offer by (source, external id), remove the offers a full feed no longer
// lists, and record the report. Importing the same feed twice leaves the same offers.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@tandem/db';
import type { OfferFeedRow, OfferSourceInput } from '@tandem/validators';
import { matchOffers, type MatchOptions, type OfferMatch } from './match-offers.ts';
import { readFeed } from './read-feed.ts';
import { toImportReport } from './import-report.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import type { FeedFormat, FeedImportReport } from './types.ts';

export interface ImportFeedCommand {
  source: OfferSourceInput;
  format: FeedFormat;
  text: string;
  /** A full feed removes the source's offers it does not list. */
  full: boolean;
}

export interface ImportFeedOptions extends MatchOptions {
  /** The country whose shipping price offers are compared with. Default NL. */
  country?: string;
  /** Offers written per statement. Default 1000. */
  chunkSize?: number;
  /** The staff member importing (recorded in the audit log); absent for seeds and scripts. */
  actor?: StaffActor;
}

const OFFER_COLUMNS = `id text, "externalId" text, gtin text, mpn text, brand text, title text, "priceAmount" int, "saleAmount" int,
  currency text, availability text, "shippingAmount" int, link text, "productId" text, "variantId" text, "matchMethod" text,
  "matchConfidence" float8, "matchStatus" text`;

// Decisions an administrator made (confirmed or rejected matches) survive re-imports.
const keepReviewed = (column: string) => `CASE WHEN "Offer"."matchStatus" IN ('CONFIRMED', 'REJECTED') THEN "Offer"."${column}" ELSE EXCLUDED."${column}" END`;

const UPSERT_OFFERS = `
INSERT INTO "Offer" (id, "sourceId", "externalId", gtin, mpn, brand, title, "priceAmount", "saleAmount", currency, availability,
  "shippingAmount", link, "firstSeenAt", "lastSeenAt", status, "productId", "variantId", "matchMethod", "matchConfidence", "matchStatus", "matchedAt")
SELECT x.id, $2, x."externalId", x.gtin, x.mpn, x.brand, x.title, x."priceAmount", x."saleAmount", x.currency, x.availability::"OfferAvailability",
  x."shippingAmount", x.link, $3::timestamp(3), $3::timestamp(3), 'ACTIVE', x."productId", x."variantId", x."matchMethod"::"OfferMatchMethod",
  x."matchConfidence", x."matchStatus"::"OfferMatchStatus", CASE WHEN x."productId" IS NULL THEN NULL ELSE $3::timestamp(3) END
FROM json_to_recordset($1::json) AS x(${OFFER_COLUMNS})
ON CONFLICT ("sourceId", "externalId") DO UPDATE SET
  gtin = EXCLUDED.gtin, mpn = EXCLUDED.mpn, brand = EXCLUDED.brand, title = EXCLUDED.title, "priceAmount" = EXCLUDED."priceAmount",
  "saleAmount" = EXCLUDED."saleAmount", currency = EXCLUDED.currency, availability = EXCLUDED.availability,
  "shippingAmount" = EXCLUDED."shippingAmount", link = EXCLUDED.link, "lastSeenAt" = EXCLUDED."lastSeenAt", status = 'ACTIVE',
  "productId" = ${keepReviewed('productId')}, "variantId" = ${keepReviewed('variantId')}, "matchMethod" = ${keepReviewed('matchMethod')},
  "matchConfidence" = ${keepReviewed('matchConfidence')}, "matchedAt" = ${keepReviewed('matchedAt')}, "matchStatus" = ${keepReviewed('matchStatus')}
RETURNING (xmax = 0) AS inserted, "matchStatus"::text AS "matchStatus"`;

/** Creates or updates the source by slug; locks its row until the transaction ends. */
export async function upsertSource(tx: Prisma.TransactionClient, source: OfferSourceInput): Promise<string> {
  // The upsert takes the source row's lock until commit: imports of one source serialise.
  const [row] = await tx.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO "OfferSource" (id, slug, kind, name, "homepageUrl") VALUES ($1, $2, $3::"OfferSourceKind", $4, $5)
     ON CONFLICT (slug) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, "homepageUrl" = EXCLUDED."homepageUrl" RETURNING id`,
    randomUUID(), source.slug, source.kind, source.name, source.homepageUrl,
  );
  if (!row) throw new Error('The offer source upsert returned no row');
  return row.id;
}

function offerRecord(offer: OfferFeedRow, match: OfferMatch) {
  return {
    id: randomUUID(), ...offer, productId: match.productId, variantId: match.variantId,
    matchMethod: match.method, matchConfidence: match.confidence, matchStatus: match.status,
  };
}

/**
 * Imports one feed and returns its report.
 *
 * @example await importOfferFeed(prisma, { source: { slug: 'velo-partner', name: 'Velo', kind: 'PARTNER', homepageUrl: 'https://velo.example' }, format: 'CSV', text, full: true })
 */
export async function importOfferFeed(prisma: PrismaClient, command: ImportFeedCommand, options: ImportFeedOptions = {}): Promise<FeedImportReport> {
  const startedAt = new Date();
  const feed = readFeed(command.text, command.format, options.country ?? 'NL');
  const matches = await matchOffers(prisma, feed.rows.map((r) => r.offer), options);
  const records = feed.rows.map((r, i) => offerRecord(r.offer, matches[i] as OfferMatch));
  const chunkSize = options.chunkSize ?? 1000;
  const seenIds = [...feed.rows.map((r) => r.offer.externalId), ...feed.rejected.flatMap((r) => (r.externalId ? [r.externalId] : []))];

  const row = await prisma.$transaction(async (tx) => {
    const sourceId = await upsertSource(tx, command.source);
    const counts = { created: 0, updated: 0, matched: 0, review: 0 };
    for (let i = 0; i < records.length; i += chunkSize) {
      const written = await tx.$queryRawUnsafe<{ inserted: boolean; matchStatus: string }[]>(UPSERT_OFFERS, JSON.stringify(records.slice(i, i + chunkSize)), sourceId, startedAt.toISOString());
      for (const offer of written) {
        counts[offer.inserted ? 'created' : 'updated']++;
        if (offer.matchStatus === 'AUTO' || offer.matchStatus === 'CONFIRMED') counts.matched++;
        if (offer.matchStatus === 'NEEDS_REVIEW') counts.review++;
      }
    }
    // Rows rejected this time keep their offer as it was: a typo must not delist an offer.
    const removed = command.full
      ? await tx.$executeRawUnsafe(`UPDATE "Offer" SET status = 'REMOVED' WHERE "sourceId" = $1 AND status = 'ACTIVE' AND NOT ("externalId" = ANY($2::text[]))`, sourceId, seenIds)
      : 0;
    const report = await tx.offerFeedImport.create({
      data: {
        sourceId, format: command.format, full: command.full, rowCount: feed.rowCount,
        createdCount: counts.created, updatedCount: counts.updated, removedCount: removed, rejectedCount: feed.rejected.length,
        matchedCount: counts.matched, reviewCount: counts.review, rejectedRows: feed.rejected as unknown as Prisma.InputJsonValue,
        startedAt, finishedAt: new Date(),
      },
      include: { source: { select: { slug: true, name: true, kind: true } } },
    });
    if (options.actor) {
      const { rejectedRows: _rows, ...counts } = report;
      await recordAudit(tx, options.actor, { action: 'catalog.offers.import', entityType: 'OfferFeedImport', entityId: report.id, before: null, after: counts });
    }
    return report;
  }, { maxWait: 10_000, timeout: 5 * 60_000 });
  return toImportReport(row);
}
