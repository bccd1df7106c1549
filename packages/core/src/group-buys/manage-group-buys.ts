// Marketing staff's writes to group buys, each audited in its transaction: create (which
// queues the close job for the deadline), close now, cancel. Closing and cancelling queue a
// close job to run at once; the job captures or releases everyone.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { GroupBuyInput } from '@tandem/validators';
import { enqueueJob } from '../jobs/index.ts';
import { DomainError } from '../shared/index.ts';
import { auditedChange, type StaffActor } from '../staff/index.ts';
import { GROUP_BUY_CLOSE_JOB } from './job-kinds.ts';
import { lockDeal } from './lock-deal.ts';

type Tx = Prisma.TransactionClient;

const groupBuy = {
  entityType: 'GroupBuy',
  label: 'group buy',
  load: (tx: Tx, id: string) => tx.groupBuy.findUnique({ where: { id }, include: { tiers: { select: { minParticipants: true, unitAmount: true }, orderBy: { minParticipants: 'asc' } } } }),
};

export async function createGroupBuy(prisma: PrismaClient, actor: StaffActor, input: GroupBuyInput, now = new Date()) {
  const { tiers, startsAt, ...deal } = input;
  if (input.endsAt <= now) throw new DomainError('invalid_input', 'The deadline is in the past.', { endsAt: ['In the future'] });
  try {
    return await auditedChange(prisma, actor, {
      ...groupBuy,
      action: 'pricing.group-buy.create',
      apply: async (tx) => {
        const variant = await tx.productVariant.findUnique({ where: { id: input.variantId }, select: { priceAmount: true, currency: true } });
        if (!variant) throw new DomainError('invalid_input', 'No such variant.', { variantId: ['Not found'] });
        if (variant.currency !== input.currency) throw new DomainError('invalid_input', `The variant is sold in ${variant.currency}.`, { currency: [variant.currency] });
        const created = await tx.groupBuy.create({ data: { ...deal, startsAt: startsAt ?? now, tiers: { create: tiers } } });
        await enqueueJob(tx, { kind: GROUP_BUY_CLOSE_JOB, key: `group-buy:${created.id}`, payload: { groupBuyId: created.id }, maxAttempts: 20, delayMs: Math.max(0, input.endsAt.getTime() - now.getTime()) });
        return (await groupBuy.load(tx, created.id))!;
      },
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'P2002') throw new DomainError('conflict', `The address /deals/${input.slug} is taken.`, { slug: ['Already taken'] });
    throw error;
  }
}

/** Ends an open deal now: the close job decides it (minimum met or not) and settles everyone. */
export async function closeGroupBuyNow(prisma: PrismaClient, actor: StaffActor, id: string, now = new Date()) {
  return endEarly(prisma, actor, id, now, 'close');
}

/** Cancels an open deal: every authorisation is released, nobody pays. */
export async function cancelGroupBuy(prisma: PrismaClient, actor: StaffActor, id: string, now = new Date()) {
  return endEarly(prisma, actor, id, now, 'cancel');
}

async function endEarly(prisma: PrismaClient, actor: StaffActor, id: string, now: Date, how: 'close' | 'cancel') {
  return auditedChange(prisma, actor, {
    ...groupBuy,
    id,
    action: how === 'close' ? 'pricing.group-buy.close' : 'pricing.group-buy.cancel',
    apply: async (tx) => {
      const deal = await lockDeal(tx, { id });
      if (deal.status !== 'OPEN') throw new DomainError('conflict', 'This group buy is already closed.');
      const data = how === 'close' ? { endsAt: deal.endsAt < now ? deal.endsAt : now } : { status: 'CANCELLED' as const, closedAt: now };
      await tx.groupBuy.update({ where: { id }, data });
      // Its own key: the deadline job (key group-buy:<id>) waits for its time and must not hold this one back.
      await enqueueJob(tx, { kind: GROUP_BUY_CLOSE_JOB, key: `group-buy:${id}:${how}`, payload: { groupBuyId: id }, maxAttempts: 20 });
      return (await groupBuy.load(tx, id))!;
    },
  });
}
