// Demo behaviour: a synthetic event log with planted preferences over the store's own catalog,
// loaded once into an empty event table so a fresh demo store already recommends sensibly.
import type { PrismaClient } from '@tandem/db';
import { catalogFeatures } from '../catalog/index.ts';
import { generateSyntheticEvents } from './synthetic-events.ts';

export async function seedDemoBehaviour(prisma: PrismaClient, options: { now: Date; customers?: number; days?: number; seed?: number }): Promise<number> {
  if ((await prisma.behaviourEvent.count()) > 0) return 0;
  const features = await catalogFeatures(prisma);
  if (features.length === 0) return 0;
  const log = generateSyntheticEvents({
    products: features.map((f) => ({ productId: f.productId, categoryId: f.categoryPath.join('/') })),
    customers: options.customers ?? 400,
    days: options.days ?? 60,
    now: options.now,
    seed: options.seed ?? 7,
  });
  const rows = log.interactions.map((i) => ({ anonymousId: `demo-${i.visitor}`, type: i.kind, productId: i.productId, occurredAt: i.at }));
  for (let start = 0; start < rows.length; start += 5_000) await prisma.behaviourEvent.createMany({ data: rows.slice(start, start + 5_000) });
  return rows.length;
}
