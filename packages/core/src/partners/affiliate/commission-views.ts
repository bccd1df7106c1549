// Commissions as people see them: administrators (all partners, filters, with actions) and a
// partner (only their own). Amounts: `amount` earned, `netAmount` after claw-backs.
import type { CommissionStatus, Prisma, PrismaClient } from '@tandem/db';
import { toDecimalString } from '../../shared/index.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface CommissionView {
  id: string;
  partnerId: string;
  partnerCode: string;
  orderId: string;
  orderNumber: string;
  currency: string;
  baseAmount: number;
  rate: string;
  amount: number;
  netAmount: number;
  paidOutAmount: number;
  status: CommissionStatus;
  flag: 'SELF_REFERRAL' | null;
  holdUntil: Date;
  createdAt: Date;
}

export interface CommissionFilter {
  status?: CommissionStatus | undefined;
  partnerId?: string | undefined;
  /** Only flagged (self-referral) rows. */
  flagged?: boolean | undefined;
  /** Keyset: rows created before this id's row. */
  cursor?: string | undefined;
  limit?: number | undefined;
}

const select = {
  id: true, partnerId: true, orderId: true, currency: true, baseAmount: true, ruleKind: true, percentBps: true, fixedAmount: true,
  amount: true, reversedAmount: true, paidOutAmount: true, status: true, flag: true, holdUntil: true, createdAt: true,
  partner: { select: { code: true } }, order: { select: { number: true } },
} satisfies Prisma.CommissionSelect;

type Row = Prisma.CommissionGetPayload<{ select: typeof select }>;

function rateText(r: Row): string {
  return r.ruleKind === 'PERCENT' ? `${((r.percentBps ?? 0) / 100).toFixed(2)} %` : `${toDecimalString({ amount: r.fixedAmount ?? 0, currency: r.currency })} ${r.currency} per unit`;
}

function viewOf(r: Row): CommissionView {
  return {
    id: r.id, partnerId: r.partnerId, partnerCode: r.partner.code, orderId: r.orderId, orderNumber: r.order.number, currency: r.currency,
    baseAmount: r.baseAmount, rate: rateText(r), amount: r.amount, netAmount: r.amount - r.reversedAmount, paidOutAmount: r.paidOutAmount,
    status: r.status, flag: r.flag, holdUntil: r.holdUntil, createdAt: r.createdAt,
  };
}

export async function listCommissions(db: Db, filter: CommissionFilter): Promise<{ items: CommissionView[]; nextCursor: string | null }> {
  const limit = Math.min(filter.limit ?? 50, 200);
  const rows = await db.commission.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.partnerId ? { partnerId: filter.partnerId } : {}),
      ...(filter.flagged === true ? { flag: { not: null } } : filter.flagged === false ? { flag: null } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    take: limit + 1,
    select,
  });
  const items = rows.slice(0, limit).map(viewOf);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

export async function commissionById(db: Db, id: string): Promise<CommissionView | null> {
  const row = await db.commission.findUnique({ where: { id }, select });
  return row ? viewOf(row) : null;
}
