// A customer's own behaviour data: exported on request, deleted on request (GDPR articles 15
// and 17). Orders are kept: the law requires invoices to be kept, and they are not behaviour.
import type { Prisma, PrismaClient } from '@tandem/db';

export interface BehaviourExport {
  events: { type: string; productId: string | null; query: string | null; occurredAt: string }[];
  segment: { segment: string; recencyDays: number; frequency: number; monetaryAmount: number; currency: string; computedAt: string } | null;
}

export async function exportBehaviour(prisma: PrismaClient, customerId: string): Promise<BehaviourExport> {
  const [events, segment] = await Promise.all([
    prisma.behaviourEvent.findMany({ where: { customerId }, orderBy: { occurredAt: 'asc' }, select: { type: true, productId: true, query: true, occurredAt: true } }),
    prisma.customerSegment.findUnique({ where: { customerId } }),
  ]);
  return {
    events: events.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
    segment: segment
      ? { segment: segment.segment, recencyDays: segment.recencyDays, frequency: segment.frequency, monetaryAmount: segment.monetaryAmount, currency: segment.currency, computedAt: segment.computedAt.toISOString() }
      : null,
  };
}

/** Deletes the customer's events and segment, and the anonymous history of their visitor id. */
export async function deleteBehaviour(prisma: PrismaClient, customerId: string, anonymousId: string | null): Promise<{ events: number }> {
  return prisma.$transaction((tx) => eraseBehaviourIn(tx, customerId, anonymousId));
}

/** `deleteBehaviour` in the caller's transaction (the admin's erase of a whole customer). */
export async function eraseBehaviourIn(tx: Prisma.TransactionClient, customerId: string, anonymousId: string | null): Promise<{ events: number }> {
  const events = await tx.behaviourEvent.deleteMany({ where: { OR: [{ customerId }, ...(anonymousId ? [{ anonymousId }] : [])] } });
  await tx.customerSegment.deleteMany({ where: { customerId } });
  // What the recommendation job derived from their history under their ids goes too (the
  // anonymous product-pair counts stay until the next rebuild recounts without them).
  const visitors = [customerId, ...(anonymousId ? [anonymousId] : [])];
  await tx.forYouItem.deleteMany({ where: { visitor: { in: visitors } } });
  await tx.forYouVisitor.deleteMany({ where: { visitor: { in: visitors } } });
  await tx.coOccurrenceBasketItem.deleteMany({ where: { visitor: { in: visitors } } });
  return { events: events.count };
}
