// Every change to a deal's participants starts by locking the deal's row, so joins, leaves
// and the close are applied one at a time per deal.
import type { GroupBuyStatus, Prisma } from '@tandem/db';
import { DomainError, NotFoundError } from '../shared/index.ts';
import type { GroupBuyTierRule } from './tiers.ts';

type Tx = Prisma.TransactionClient;

export interface LockedDeal {
  id: string;
  slug: string;
  title: string;
  variantId: string;
  currency: string;
  status: GroupBuyStatus;
  minParticipants: number;
  maxParticipants: number | null;
  maxQuantity: number;
  startsAt: Date;
  endsAt: Date;
  peakParticipants: number;
  finalUnitAmount: number | null;
  tiers: GroupBuyTierRule[];
  /** Participants who are in right now. */
  active: number;
}

export async function lockDeal(tx: Tx, where: { id: string } | { slug: string }): Promise<LockedDeal> {
  const rows = 'id' in where
    ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "GroupBuy" WHERE id = ${where.id} FOR UPDATE`
    : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "GroupBuy" WHERE slug = ${where.slug} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw new NotFoundError('group buy', 'id' in where ? where.id : where.slug);
  const deal = await tx.groupBuy.findUniqueOrThrow({
    where: { id },
    include: { tiers: { select: { minParticipants: true, unitAmount: true }, orderBy: { minParticipants: 'asc' } } },
  });
  const active = await tx.groupBuyParticipant.count({ where: { groupBuyId: id, status: 'JOINED' } });
  return { ...deal, active };
}

/** Locks a deal that takes joins and leaves now. */
export async function lockOpenDeal(tx: Tx, where: { id: string } | { slug: string }, now: Date): Promise<LockedDeal> {
  const deal = await lockDeal(tx, where);
  if (deal.status !== 'OPEN' || now >= deal.endsAt) throw new DomainError('conflict', 'This group buy has closed.');
  if (now < deal.startsAt) throw new DomainError('conflict', 'This group buy has not started yet.');
  return deal;
}
