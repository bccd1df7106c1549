// Recording behaviour: one multi-row INSERT per call, nothing read first except, for a signed-in
// shopper, whether they allow tracking. Without consent the events keep no visitor id at all.
import type { BehaviourEventType, PrismaClient } from '@tandem/db';
import { consentOf } from '../accounts/index.ts';

export interface BehaviourEventInput {
  type: BehaviourEventType;
  productId?: string;
  query?: string;
  resultCount?: number;
  quantity?: number;
}

export interface Visitor {
  /** The first-party anonymous id from the visitor's cookie. */
  anonymousId: string | null;
  customerId: string | null;
  /** The visitor's tracking choice (the consent cookie); a customer's profile setting also counts. */
  consent: boolean;
}

export async function recordEvents(prisma: PrismaClient, visitor: Visitor, events: readonly BehaviourEventInput[], now: Date): Promise<number> {
  if (events.length === 0) return 0;
  const personal = visitor.consent && (await customerAllowsTracking(prisma, visitor.customerId));
  const result = await prisma.behaviourEvent.createMany({
    data: events.map((event) => ({
      anonymousId: personal ? visitor.anonymousId : null,
      customerId: personal ? visitor.customerId : null,
      type: event.type,
      productId: event.productId ?? null,
      query: event.query ?? null,
      resultCount: event.resultCount ?? null,
      quantity: event.quantity ?? null,
      occurredAt: now,
    })),
  });
  return result.count;
}

async function customerAllowsTracking(prisma: PrismaClient, customerId: string | null): Promise<boolean> {
  if (!customerId) return true;
  return (await consentOf(prisma, customerId))?.tracking ?? false;
}

/** At sign-in: the visitor's anonymous history becomes the customer's (if they allow tracking). */
export async function mergeVisitorIntoCustomer(prisma: PrismaClient, anonymousId: string, customerId: string): Promise<number> {
  if (!(await customerAllowsTracking(prisma, customerId))) return 0;
  const result = await prisma.behaviourEvent.updateMany({ where: { anonymousId, customerId: null }, data: { customerId } });
  return result.count;
}

/** Deletes events older than the retention limit; returns how many. */
export async function deleteExpiredEvents(prisma: PrismaClient, retentionDays: number, now: Date): Promise<number> {
  const result = await prisma.behaviourEvent.deleteMany({ where: { occurredAt: { lt: new Date(now.getTime() - retentionDays * 86_400_000) } } });
  return result.count;
}
