// Leaving a group buy before its deadline: in one transaction (the deal locked first, as joins
// lock it) the order is cancelled, its stock released and the participant marked LEFT, and a
// job to cancel the authorisation is queued; the authorisation is also cancelled at once, so
// the shopper's money is usually released before the page reloads. The job makes it durable.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { enqueueJob } from '../jobs/index.ts';
import { cancelOrderWithin } from '../orders/index.ts';
import { DomainError } from '../shared/index.ts';
import { GROUP_BUY_RELEASE_JOB } from './job-kinds.ts';
import { lockOpenDeal } from './lock-deal.ts';
import { releaseAuthorization } from './settle-participant.ts';

export async function leaveGroupBuy(prisma: PrismaClient, payments: PaymentProvider, input: { customerId: string; slug: string }, now = new Date()): Promise<void> {
  const participantId = await prisma.$transaction(async (tx) => {
    const deal = await lockOpenDeal(tx, { slug: input.slug }, now);
    const participant = await tx.groupBuyParticipant.findFirst({ where: { groupBuyId: deal.id, customerId: input.customerId, status: 'JOINED' }, select: { id: true, orderId: true } });
    if (!participant) throw new DomainError('conflict', 'You are not in this group buy.');
    await cancelOrderWithin(tx, participant.orderId, 'Left the group buy before its deadline.', now);
    await tx.groupBuyParticipant.update({ where: { id: participant.id }, data: { status: 'LEFT', settledAt: now } });
    await enqueueJob(tx, { kind: GROUP_BUY_RELEASE_JOB, key: `group-buy-participant:${participant.id}`, payload: { participantId: participant.id } });
    return participant.id;
  });
  // Best effort now; the queued job retries until the provider confirms.
  await releaseAuthorization(prisma, payments, participantId).catch(() => undefined);
}
