// Administrators' moves on commissions, each audited in its own transaction: approve before the
// hold window ends, or claw back (the whole commission; after a payout this leaves a negative
// balance for the next one).
import type { PrismaClient } from '@tandem/db';
import { DomainError } from '../../shared/index.ts';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { commissionById, type CommissionView } from './commission-views.ts';

export async function approveCommissionEarly(prisma: PrismaClient, actor: StaffActor, id: string, now = new Date()): Promise<CommissionView> {
  const after = await auditedChange(prisma, actor, {
    action: 'partners.commission.approve',
    entityType: 'Commission',
    label: 'commission',
    id,
    load: (tx, key) => commissionById(tx, key),
    apply: async (tx) => {
      const moved = await tx.commission.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'APPROVED', approvedAt: now } });
      const current = await commissionById(tx, id);
      if (moved.count === 0 && current?.status !== 'APPROVED') throw new DomainError('conflict', `Only a pending commission can be approved; this one is ${current?.status.toLowerCase()}.`);
      return current;
    },
  });
  return after!;
}

export async function clawBackCommission(prisma: PrismaClient, actor: StaffActor, id: string): Promise<CommissionView> {
  const after = await auditedChange(prisma, actor, {
    action: 'partners.commission.claw_back',
    entityType: 'Commission',
    label: 'commission',
    id,
    load: (tx, key) => commissionById(tx, key),
    apply: async (tx) => {
      const row = await tx.commission.findUniqueOrThrow({ where: { id }, select: { amount: true, paidOutAmount: true } });
      await tx.commission.update({ where: { id }, data: { reversedAmount: row.amount, ...(row.paidOutAmount === 0 ? { status: 'REVERSED' } : {}) } });
      return commissionById(tx, id);
    },
  });
  return after!;
}
