// What the offers context returns. Plain data, safe to serialise to any client.
import type { Money, RejectedRow } from '../shared/index.ts';
import type { ReactProposal } from './react-proposal.ts';

export type { ReactProposal };

/** A feed row that was not imported, and why (shared with the catalog import). */
export type { RejectedRow };

export type FeedFormat = 'CSV' | 'JSON';
export type OfferSourceKindName = 'STORE' | 'PARTNER' | 'COMPETITOR';
export type MatchMethodName = 'GTIN' | 'MPN' | 'SKU' | 'TITLE' | 'MANUAL';
export type MatchStatusName = 'UNMATCHED' | 'AUTO' | 'NEEDS_REVIEW' | 'CONFIRMED' | 'REJECTED';

export interface FeedImportReport {
  id: string;
  source: { slug: string; name: string; kind: OfferSourceKindName };
  format: FeedFormat;
  full: boolean;
  rowCount: number;
  createdCount: number;
  updatedCount: number;
  removedCount: number;
  rejectedCount: number;
  matchedCount: number;
  reviewCount: number;
  rejectedRows: RejectedRow[];
  startedAt: string;
  finishedAt: string;
}

/** The best total price of a product across the store and every matched offer. */
export interface BestOffer {
  /** Minor units: (sale) price + shipping. */
  amount: number;
  currency: string;
  /** Offers compared, the store's own included. */
  offerCount: number;
  /** The store's total is the lowest (ties count as lowest). */
  storeIsLowest: boolean;
}

/** One line of a product's compare-prices table. */
export interface ComparedOffer {
  id: string;
  source: { name: string; kind: OfferSourceKindName; homepageUrl: string | null };
  title: string;
  price: Money;
  /** The regular price when the offer is on sale, else null. */
  regularPrice: Money | null;
  shipping: Money;
  total: Money;
  availability: 'IN_STOCK' | 'OUT_OF_STOCK' | 'PREORDER' | 'BACKORDER';
  /** Where to buy it; the store's own product page for the store. */
  link: string;
  /** When the source last confirmed this offer (ISO 8601). */
  updatedAt: string;
  isLowest: boolean;
}

export interface PriceComparison {
  productId: string;
  currency: string;
  /** ISO 3166-1 alpha-2 country whose shipping prices the totals include. */
  country: string;
  /** Sorted by total, lowest first; the store first among equal totals. */
  offers: ComparedOffer[];
  lowPrice: Money;
  highPrice: Money;
}

export interface ReviewItem {
  offerId: string;
  source: { slug: string; name: string };
  externalId: string;
  title: string;
  gtin: string | null;
  mpn: string | null;
  brand: string | null;
  price: Money;
  method: MatchMethodName | null;
  confidence: number | null;
  candidate: { productId: string; slug: string; title: string; variantId: string | null } | null;
}

export interface UndercutLine {
  product: { id: string; slug: string; title: string };
  storeTotal: Money;
  lowestOffer: { total: Money; sourceName: string; link: string };
  gap: Money;
  /** The gap as a percentage of the store's total, one decimal. */
  gapPercent: number;
  /** Paid-order revenue of the product over the recent window (30 days by default). */
  recentRevenue: Money;
  recentUnits: number;
  /** recentRevenue × gap ÷ storeTotal, rounded: what matching the offer would cost on those sales. */
  revenueAtRisk: Money;
  /** A clearance discount for the cheapest variant, within the floor; null for configurable products. */
  proposal: ReactProposal | null;
}

/** A partner or competitor whose feed the store imports, with its offers at a glance. */
export interface OfferSourceSummary {
  id: string;
  slug: string;
  name: string;
  kind: 'PARTNER' | 'COMPETITOR';
  homepageUrl: string;
  /** Offers listed by the source's latest feeds. */
  activeOffers: number;
  /** Of those, shown in comparisons (matched automatically or confirmed). */
  matchedOffers: number;
  /** Of those, waiting in the review queue. */
  toReview: number;
  lastImport: FeedImportReport | null;
}

/** A source's feed fetched by URL on a schedule, as the admin shows it. */
export interface OfferFeedScheduleView {
  source: { slug: string; name: string; kind: 'PARTNER' | 'COMPETITOR'; homepageUrl: string };
  url: string;
  format: FeedFormat;
  full: boolean;
  everyHours: number;
  nextFetchAt: string;
  /** IDLE between fetches; QUEUED, DOWNLOADING and IMPORTING while one is under way. */
  state: 'IDLE' | 'QUEUED' | 'DOWNLOADING' | 'IMPORTING';
  stateChangedAt: string;
  /** Bytes downloaded by the fetch under way or the last one. */
  fetchedBytes: number | null;
  lastFetchedAt: string | null;
  /** Null before the first fetch. */
  lastOk: boolean | null;
  /** Why the last fetch failed as a whole (address refused, server error, unreadable feed…). */
  lastError: string | null;
  lastImport: FeedImportReport | null;
}
