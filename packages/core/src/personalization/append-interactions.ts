// Appends many anonymous interactions to the behaviour event table at once: rows go in as column
// arrays (20,000 a statement), so a million-event log loads in seconds. The demo store's synthetic
// log (@tandem/demo) and the recommendation benchmarks load through here, so BehaviourEvent keeps
// one writer: this context.
import type { PrismaClient } from '@tandem/db';
import { insertRows } from './insert-rows.ts';
import type { Interaction } from './types.ts';

/**
 * Inserts `interactions` as events of anonymous visitors named by `anonymousIdOf`; returns how many.
 *
 * @example
 * await appendInteractions(prisma, log.interactions, (visitor) => `demo-${visitor}`);
 */
export async function appendInteractions(prisma: PrismaClient, interactions: readonly Interaction[], anonymousIdOf: (visitor: string) => string): Promise<number> {
  const rows = interactions.map((i) => ({ anonymousId: anonymousIdOf(i.visitor), type: i.kind, productId: i.productId, occurredAt: i.at.toISOString() }));
  return insertRows(prisma, 'BehaviourEvent', { anonymousId: 'text', type: '"BehaviourEventType"', productId: 'text', occurredAt: 'timestamp' }, rows);
}
