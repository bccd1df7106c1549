// Finds the store product an offer is about: by GTIN, then MPN (with the brand when the feed
// gives one), then the store's SKU, then a fuzzy title (pg_trgm's trigram similarity, computed
// in memory). Before the fuzzy title, an administrator's earlier decision about an offer with the
// same GTIN, part number or title (learned-matches.ts) is taken over. Each method has a
// confidence; matches below `autoAcceptAt` go to the admin review queue instead of the page.
import type { Prisma, PrismaClient } from '@tandem/db';
import { learnedMatches } from './learned-matches.ts';
import { partKey } from './part-key.ts';
import { TitleIndex } from './title-index.ts';
import type { MatchMethodName } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface MatchableOffer {
  externalId: string;
  gtin: string | null;
  mpn: string | null;
  brand: string | null;
  title: string;
}

export interface OfferMatch {
  productId: string | null;
  variantId: string | null;
  method: MatchMethodName | null;
  confidence: number | null;
  status: 'AUTO' | 'NEEDS_REVIEW' | 'UNMATCHED';
}

export interface MatchOptions {
  /** Matches at least this sure are shown to shoppers at once. Default 0.8. */
  autoAcceptAt?: number;
  /** Title matches below this score are not suggested at all. Default 0.3. */
  suggestFrom?: number;
}

/** Confidence of each identifier method (title matches use the similarity score). */
export const METHOD_CONFIDENCE = { GTIN: 1, MPN_WITH_BRAND: 0.95, SKU: 0.9, MPN_ONLY: 0.8, AMBIGUOUS: 0.5 } as const;

interface VariantKeys {
  variantId: string;
  productId: string;
  gtin: string | null;
  mpn: string | null;
  sku: string;
  brand: string | null;
}

export { partKey };

async function variantsByIdentifiers(db: Db, offers: readonly MatchableOffer[]): Promise<VariantKeys[]> {
  const gtins = [...new Set(offers.flatMap((o) => (o.gtin ? [o.gtin] : [])))];
  const parts = [...new Set(offers.flatMap((o) => [o.mpn, o.externalId].flatMap((v) => (v ? [partKey(v)] : []))))];
  if (!gtins.length && !parts.length) return [];
  return db.$queryRawUnsafe<VariantKeys[]>(
    `SELECT v.id AS "variantId", v."productId", lpad(v.gtin, 14, '0') AS gtin,
            upper(regexp_replace(v.mpn, '[^A-Za-z0-9]', '', 'g')) AS mpn,
            upper(regexp_replace(v.sku, '[^A-Za-z0-9]', '', 'g')) AS sku, b.name AS brand
       FROM "ProductVariant" v JOIN "Product" p ON p.id = v."productId" LEFT JOIN "Brand" b ON b.id = p."brandId"
      WHERE p.status <> 'ARCHIVED'
        -- IN (SELECT unnest(...)) is a hashed lookup; = ANY(array) would scan the array per row.
        AND (lpad(v.gtin, 14, '0') IN (SELECT unnest($1::text[]))
          OR upper(regexp_replace(v.mpn, '[^A-Za-z0-9]', '', 'g')) IN (SELECT unnest($2::text[]))
          OR upper(regexp_replace(v.sku, '[^A-Za-z0-9]', '', 'g')) IN (SELECT unnest($2::text[])))`,
    gtins,
    parts,
  );
}

function indexBy(rows: readonly VariantKeys[], key: (row: VariantKeys) => string | null): Map<string, VariantKeys[]> {
  const map = new Map<string, VariantKeys[]>();
  for (const row of rows) {
    const k = key(row);
    if (k) map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

/** "Kessel Mountain" is "Kessel Mountain Co.": equal, or one the start of the other (3+ characters). */
function sameBrand(a: string | null, b: string | null): boolean {
  const [x, y] = [partKey(a ?? ''), partKey(b ?? '')].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 3 && y.startsWith(x);
}
const products = (rows: readonly VariantKeys[]) => new Set(rows.map((r) => r.productId)).size;

function byIdentifier(offer: MatchableOffer, gtins: Map<string, VariantKeys[]>, mpns: Map<string, VariantKeys[]>, skus: Map<string, VariantKeys[]>) {
  const gtinHits = offer.gtin ? gtins.get(offer.gtin) : undefined;
  if (gtinHits?.length) return { hit: gtinHits[0], method: 'GTIN' as const, confidence: products(gtinHits) === 1 ? METHOD_CONFIDENCE.GTIN : METHOD_CONFIDENCE.AMBIGUOUS };
  const mpnHits = offer.mpn ? mpns.get(partKey(offer.mpn)) : undefined;
  if (mpnHits?.length) {
    const branded = offer.brand ? mpnHits.filter((row) => sameBrand(row.brand, offer.brand)) : [];
    if (branded.length) return { hit: branded[0], method: 'MPN' as const, confidence: products(branded) === 1 ? METHOD_CONFIDENCE.MPN_WITH_BRAND : METHOD_CONFIDENCE.AMBIGUOUS };
    // A part number under another brand is likely someone else's part: only a suggestion.
    const confidence = offer.brand || products(mpnHits) > 1 ? METHOD_CONFIDENCE.AMBIGUOUS : METHOD_CONFIDENCE.MPN_ONLY;
    return { hit: mpnHits[0], method: 'MPN' as const, confidence };
  }
  const skuHits = [offer.externalId, offer.mpn].flatMap((v) => (v ? (skus.get(partKey(v)) ?? []) : []));
  if (skuHits.length) return { hit: skuHits[0], method: 'SKU' as const, confidence: products(skuHits) === 1 ? METHOD_CONFIDENCE.SKU : METHOD_CONFIDENCE.AMBIGUOUS };
  return null;
}

interface TitleCandidate {
  id: string;
  title: string;
  brand: string | null;
  variantId: string | null;
}

/** The most similar product title (with and without the brand) for each offer title. */
async function bestTitleMatches(db: Db, titles: readonly string[]): Promise<({ productId: string; variantId: string | null; score: number } | null)[]> {
  if (!titles.length) return [];
  // A product with a single variant is matched down to that variant.
  const products = await db.$queryRawUnsafe<TitleCandidate[]>(
    `SELECT p.id, p.title, b.name AS brand, single.id AS "variantId"
       FROM "Product" p LEFT JOIN "Brand" b ON b.id = p."brandId"
       LEFT JOIN (SELECT "productId", min(id) AS id FROM "ProductVariant" GROUP BY "productId" HAVING count(*) = 1) single ON single."productId" = p.id
      WHERE p.status <> 'ARCHIVED'`,
  );
  const byId = new Map(products.map((p) => [p.id, p]));
  const index = new TitleIndex(products.map((p) => ({ id: p.id, texts: p.brand && !p.title.startsWith(p.brand) ? [p.title, `${p.brand} ${p.title}`] : [p.title] })));
  return titles.map((title) => {
    const hit = index.best(title);
    return hit ? { productId: hit.id, variantId: byId.get(hit.id)?.variantId ?? null, score: hit.score } : null;
  });
}

/** Matches each offer (same order as given). Reads only; the caller writes the results. */
export async function matchOffers(db: Db, offers: readonly MatchableOffer[], options: MatchOptions = {}): Promise<OfferMatch[]> {
  const autoAcceptAt = options.autoAcceptAt ?? 0.8;
  const suggestFrom = options.suggestFrom ?? 0.3;
  const variants = await variantsByIdentifiers(db, offers);
  const gtins = indexBy(variants, (v) => v.gtin);
  const mpns = indexBy(variants, (v) => v.mpn);
  const skus = indexBy(variants, (v) => v.sku);
  const status = (confidence: number) => (confidence >= autoAcceptAt ? 'AUTO' : 'NEEDS_REVIEW');

  const results: (OfferMatch | null)[] = offers.map((offer) => {
    const found = byIdentifier(offer, gtins, mpns, skus);
    if (!found?.hit) return null;
    return { productId: found.hit.productId, variantId: found.hit.variantId, method: found.method, confidence: found.confidence, status: status(found.confidence) };
  });
  const notIdentified = results.flatMap((result, index) => (result ? [] : [index]));
  const learned = await learnedMatches(db, notIdentified.map((index) => offers[index] as MatchableOffer));
  notIdentified.forEach((offerIndex, i) => {
    const hit = learned[i];
    if (hit) results[offerIndex] = { productId: hit.productId, variantId: hit.variantId, method: 'MANUAL', confidence: hit.confidence, status: status(hit.confidence) };
  });
  const unmatched = results.flatMap((result, index) => (result ? [] : [index]));
  const titles = await bestTitleMatches(db, unmatched.map((index) => offers[index]?.title ?? ''));
  unmatched.forEach((offerIndex, i) => {
    const hit = titles[i];
    const score = hit ? Math.round(hit.score * 1000) / 1000 : 0;
    results[offerIndex] = hit && score >= suggestFrom
      ? { productId: hit.productId, variantId: hit.variantId, method: 'TITLE', confidence: score, status: status(score) }
      : { productId: null, variantId: null, method: null, confidence: null, status: 'UNMATCHED' };
  });
  return results as OfferMatch[];
}
