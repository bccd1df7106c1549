// Personalization bound to one database: recording behaviour, serving recommendations from the
// precomputed tables, and the customer's own data. The recompute jobs are separate functions.
import type { PrismaClient } from '@tandem/db';
import { recordEvents, mergeVisitorIntoCustomer, type BehaviourEventInput, type Visitor } from './events.ts';
import { deleteBehaviour, exportBehaviour } from './personal-data.ts';
import { forCart, forProduct, forYou, popularProducts, type VisitorRef } from './serve-recommendations.ts';
import { segmentSummary } from './recompute-segments.ts';

export interface PersonalizationServiceOptions {
  now?: () => Date;
}

export function createPersonalizationService(prisma: PrismaClient, options: PersonalizationServiceOptions = {}) {
  const now = options.now ?? (() => new Date());
  return {
    record: (visitor: Visitor, events: readonly BehaviourEventInput[]) => recordEvents(prisma, visitor, events, now()),
    claimVisitor: (anonymousId: string, customerId: string) => mergeVisitorIntoCustomer(prisma, anonymousId, customerId),
    forYou: (visitor: VisitorRef, limit: number) => forYou(prisma, visitor, { now: now(), limit }),
    forProduct: (productId: string, limit: number) => forProduct(prisma, productId, limit),
    forCart: (productIds: readonly string[], limit: number) => forCart(prisma, productIds, limit),
    popular: (scope: string, list: 'popular' | 'trending', limit: number) => popularProducts(prisma, scope, list, limit),
    exportBehaviour: (customerId: string) => exportBehaviour(prisma, customerId),
    deleteBehaviour: (customerId: string, anonymousId: string | null) => deleteBehaviour(prisma, customerId, anonymousId),
    segments: () => segmentSummary(prisma),
  };
}

export type PersonalizationService = ReturnType<typeof createPersonalizationService>;
