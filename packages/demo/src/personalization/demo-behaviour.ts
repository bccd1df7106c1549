// Demo behaviour: a synthetic event log with planted preferences over the store's own catalog,
// loaded once into an empty event table so a fresh demo store already recommends sensibly.
// Rows go in as column arrays (20,000 a statement), so a million-event log loads in seconds.
import type { PrismaClient } from '@tandem/db';
import { catalogFeatures } from '@tandem/core/catalog';
import { appendInteractions, generateSyntheticEvents } from '@tandem/core/personalization';

export interface DemoBehaviourOptions {
  now: Date;
  customers?: number;
  days?: number;
  seed?: number;
  sessionsPerCustomer?: readonly [number, number];
}

export async function seedDemoBehaviour(prisma: PrismaClient, options: DemoBehaviourOptions): Promise<number> {
  if ((await prisma.behaviourEvent.count()) > 0) return 0;
  return loadDemoBehaviour(prisma, options);
}

/** Generates a synthetic log over the catalog and appends it to the event table, whatever is there. */
export async function loadDemoBehaviour(prisma: PrismaClient, options: DemoBehaviourOptions & { limit?: number }): Promise<number> {
  const features = await catalogFeatures(prisma);
  if (features.length === 0) return 0;
  const log = generateSyntheticEvents({
    products: features.map((f) => ({ productId: f.productId, categoryId: f.categoryPath.join('/') })),
    customers: options.customers ?? 400,
    days: options.days ?? 60,
    now: options.now,
    seed: options.seed ?? 7,
    ...(options.sessionsPerCustomer ? { sessionsPerCustomer: options.sessionsPerCustomer } : {}),
  });
  return appendInteractions(prisma, options.limit ? log.interactions.slice(-options.limit) : log.interactions, (visitor) => `demo-${visitor}`);
}
