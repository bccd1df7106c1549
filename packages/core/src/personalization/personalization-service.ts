// Personalization bound to one database: recording behaviour, serving recommendations from the
// precomputed tables, and the customer's own data. The recompute jobs are separate functions.
import type { PrismaClient } from '@tandem/db';
import { createProductCardCache } from '../catalog/index.ts';
import { withoutTrailingSlash } from '../shared/index.ts';
import { recordEvents, mergeVisitorIntoCustomer, type BehaviourEventInput, type Visitor } from './events.ts';
import { deleteBehaviour, exportBehaviour } from './personal-data.ts';
import { afterPurchase } from './after-purchase.ts';
import { forYou, type VisitorRef } from './serve-for-you.ts';
import { forCart, forProduct, popularProducts } from './serve-recommendations.ts';
import { segmentSummary } from './recompute-segments.ts';
import { forgetProductSignal, shopperSignals } from './shopper-signals.ts';
import { personalDigest, queueDigests } from './digest.ts';

export interface PersonalizationServiceOptions {
  now?: () => Date;
  /** Base URL of the storefront, for links in newsletters (the host's configuration, e.g. STOREFRONT_URL). */
  storefrontUrl: string;
  /**
   * How long recommendation product cards are reused while their product row is unchanged, in
   * ms; 0 reads them every time. Visibility and stock are always read live. Default 30 000.
   */
  cardCacheTtlMs?: number;
}

export function createPersonalizationService(prisma: PrismaClient, options: PersonalizationServiceOptions) {
  const now = options.now ?? (() => new Date());
  const storefrontUrl = withoutTrailingSlash(options.storefrontUrl);
  const cards = createProductCardCache(prisma, { ttlMs: options.cardCacheTtlMs ?? 30_000 });
  return {
    record: (visitor: Visitor, events: readonly BehaviourEventInput[]) => recordEvents(prisma, visitor, events, now()),
    claimVisitor: (anonymousId: string, customerId: string) => mergeVisitorIntoCustomer(prisma, anonymousId, customerId),
    forYou: (visitor: VisitorRef, limit: number) => forYou(prisma, visitor, { now: now(), limit, cards }),
    forProduct: (productId: string, limit: number) => forProduct(prisma, productId, limit, { cards }),
    forCart: (productIds: readonly string[], limit: number) => forCart(prisma, productIds, limit, { cards }),
    afterPurchase: (customerId: string, orderId: string, limit: number) => afterPurchase(prisma, customerId, orderId, limit),
    popular: (scope: string, list: 'popular' | 'trending', limit: number) => popularProducts(prisma, scope, list, limit, { cards }),
    /** "Why these?": the products and segment this shopper's recommendations come from. */
    signals: (visitor: VisitorRef) => shopperSignals(prisma, visitor, now()),
    /** Takes one product out of this shopper's signals. */
    forgetSignal: (visitor: VisitorRef, productId: string) => forgetProductSignal(prisma, visitor, productId),
    exportBehaviour: (customerId: string) => exportBehaviour(prisma, customerId),
    deleteBehaviour: (customerId: string, anonymousId: string | null) => deleteBehaviour(prisma, customerId, anonymousId),
    segments: () => segmentSummary(prisma),
    digest: (customer: { id: string; name: string; email: string }) => personalDigest(prisma, customer, { now: now(), storefrontUrl }),
    queueDigests: (period: string) => queueDigests(prisma, { now: now(), storefrontUrl, period }),
  };
}

export type PersonalizationService = ReturnType<typeof createPersonalizationService>;
