// Matches learned from the review queue: once an administrator confirmed that an offer is a
// product, another offer with the same GTIN, the same part number (and brand) or the same title
// — from any source — is that product too. The same offer keeps its decision anyway (the
// import never overwrites a confirmed match); this carries the decision to other feeds.
import type { Prisma, PrismaClient } from '@tandem/db';
import { partKey } from './part-key.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** What a learned match looks at (a subset of match-offers' MatchableOffer). */
interface OfferKeys {
  gtin: string | null;
  mpn: string | null;
  brand: string | null;
  title: string;
}

/** Lower case, single spaces: "Narrow  Chain ring" and "narrow chain ring" are one title. */
export const titleKey = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

interface Decision {
  productId: string;
  variantId: string | null;
  gtin: string | null;
  mpn: string | null;
  brand: string | null;
  title: string;
}

export interface LearnedMatch {
  productId: string;
  variantId: string | null;
  confidence: number;
}

/** Confidence of a learned match by what the offers share (all at or above the default auto-accept). */
const LEARNED = { GTIN: 1, MPN: 0.95, TITLE: 0.9 } as const;

/** The confirmed decision each offer shares a GTIN, part number or title with, or null. */
export async function learnedMatches(db: Db, offers: readonly OfferKeys[]): Promise<(LearnedMatch | null)[]> {
  if (!offers.length) return [];
  const decisions = await db.$queryRawUnsafe<Decision[]>(
    `SELECT "productId", "variantId", gtin, mpn, brand, title FROM "Offer"
      WHERE "matchStatus" = 'CONFIRMED' AND "productId" IS NOT NULL
        AND (gtin IN (SELECT unnest($1::text[])) OR lower(regexp_replace(btrim(title), '\\s+', ' ', 'g')) IN (SELECT unnest($2::text[]))
          OR upper(regexp_replace(mpn, '[^A-Za-z0-9]', '', 'g')) IN (SELECT unnest($3::text[])))
      ORDER BY "matchedAt" DESC NULLS LAST, id`,
    offers.flatMap((o) => (o.gtin ? [o.gtin] : [])),
    offers.map((o) => titleKey(o.title)),
    offers.flatMap((o) => (o.mpn ? [partKey(o.mpn)] : [])),
  );
  // The latest decision wins when two disagree.
  const first = <K>(key: (d: Decision) => K | null) => {
    const map = new Map<K, Decision>();
    for (const d of decisions) {
      const k = key(d);
      if (k !== null && !map.has(k)) map.set(k, d);
    }
    return map;
  };
  const byGtin = first((d) => d.gtin);
  const byMpn = first((d) => (d.mpn ? `${partKey(d.mpn)}|${partKey(d.brand ?? '')}` : null));
  const byTitle = first((d) => titleKey(d.title));
  return offers.map((offer) => {
    const hit: [Decision | undefined, number][] = [
      [offer.gtin ? byGtin.get(offer.gtin) : undefined, LEARNED.GTIN],
      [offer.mpn ? byMpn.get(`${partKey(offer.mpn)}|${partKey(offer.brand ?? '')}`) : undefined, LEARNED.MPN],
      [byTitle.get(titleKey(offer.title)), LEARNED.TITLE],
    ];
    const found = hit.find(([d]) => d);
    return found?.[0] ? { productId: found[0].productId, variantId: found[0].variantId, confidence: found[1] } : null;
  });
}
