// Paying partners: the report of what each partner is owed (approved commissions not yet paid
// out, plus negative balances of commissions clawed back after a payout), and marking one
// partner's balance paid: one Payout with an item per commission, idempotent per key, audited.
import type { Prisma, PrismaClient } from '@tandem/db';
import { DomainError, NotFoundError, toCsv, toDecimalString } from '../../shared/index.ts';
import { recordAudit, type StaffActor } from '../../staff/index.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** One partner's balance in one currency. */
export interface PayoutDue {
  partnerId: string;
  partnerCode: string;
  partnerName: string;
  contactEmail: string;
  currency: string;
  /** Minor units; may be ≤ 0 when claw-backs outweigh new commissions (carried forward). */
  amount: number;
  commissions: number;
  /** Of which negative adjustments (claw-backs after an earlier payout). */
  adjustments: number;
}

interface OwedRow {
  id: string;
  partnerId: string;
  currency: string;
  owed: number;
}

/** Commissions with something left to settle: approved and not paid, or paid and clawed back since. */
async function owedCommissions(db: Db, partnerId?: string, currency?: string): Promise<OwedRow[]> {
  const rows = await db.commission.findMany({
    where: { status: { in: ['APPROVED', 'PAID'] }, ...(partnerId ? { partnerId } : {}), ...(currency ? { currency } : {}) },
    select: { id: true, partnerId: true, currency: true, amount: true, reversedAmount: true, paidOutAmount: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => ({ id: r.id, partnerId: r.partnerId, currency: r.currency, owed: r.amount - r.reversedAmount - r.paidOutAmount })).filter((r) => r.owed !== 0);
}

export async function payoutReport(prisma: PrismaClient): Promise<PayoutDue[]> {
  const owed = await owedCommissions(prisma);
  const partners = await prisma.partner.findMany({ where: { id: { in: [...new Set(owed.map((o) => o.partnerId))] } }, select: { id: true, code: true, name: true, contactEmail: true } });
  const byId = new Map(partners.map((p) => [p.id, p]));
  const due = new Map<string, PayoutDue>();
  for (const row of owed) {
    const key = `${row.partnerId}:${row.currency}`;
    const p = byId.get(row.partnerId)!;
    const entry = due.get(key) ?? { partnerId: p.id, partnerCode: p.code, partnerName: p.name, contactEmail: p.contactEmail, currency: row.currency, amount: 0, commissions: 0, adjustments: 0 };
    entry.amount += row.owed;
    entry.commissions += 1;
    if (row.owed < 0) entry.adjustments += 1;
    due.set(key, entry);
  }
  return [...due.values()].sort((a, b) => b.amount - a.amount || a.partnerCode.localeCompare(b.partnerCode));
}

/** The report as CSV (amounts in minor units and as decimals), for the bank or the bookkeeper. */
export function payoutReportCsv(report: readonly PayoutDue[]): string {
  return toCsv(
    ['partner_code', 'partner_name', 'contact_email', 'currency', 'amount_minor', 'amount', 'commissions', 'adjustments'],
    report.map((r) => [r.partnerCode, r.partnerName, r.contactEmail, r.currency, r.amount, toDecimalString({ amount: r.amount, currency: r.currency }), r.commissions, r.adjustments]),
  );
}

export interface MarkPayoutPaidInput {
  partnerId: string;
  currency: string;
  /** The same key always means the same payout: a repeated click pays once. */
  idempotencyKey: string;
  /** The bank transfer's reference, for the records. */
  reference: string;
}

export interface PayoutView {
  id: string;
  partnerId: string;
  amount: number;
  currency: string;
  reference: string;
  commissions: number;
  createdAt: Date;
}

export async function markPayoutPaid(prisma: PrismaClient, actor: StaffActor, input: MarkPayoutPaidInput): Promise<PayoutView> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.payout.findUnique({ where: { idempotencyKey: input.idempotencyKey }, include: { _count: { select: { items: true } } } });
    if (existing) return viewOf(existing, existing._count.items);
    // One payout of a partner at a time: a second concurrent one waits and then finds nothing owed.
    const [partner] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Partner" WHERE id = ${input.partnerId} FOR UPDATE`;
    if (!partner) throw new NotFoundError('partner', input.partnerId);
    const owed = await owedCommissions(tx, input.partnerId, input.currency);
    const amount = owed.reduce((sum, o) => sum + o.owed, 0);
    if (amount <= 0) throw new DomainError('conflict', 'Nothing is owed to this partner in that currency; claw-backs carry over to the next payout.');
    const payout = await tx.payout.create({
      data: {
        partnerId: input.partnerId,
        idempotencyKey: input.idempotencyKey,
        amount,
        currency: input.currency,
        reference: input.reference,
        paidById: actor.id,
        items: { create: owed.map((o) => ({ commissionId: o.id, amount: o.owed })) },
      },
    });
    for (const o of owed) {
      await tx.commission.update({ where: { id: o.id }, data: { paidOutAmount: { increment: o.owed }, status: 'PAID' } });
    }
    await recordAudit(tx, actor, { action: 'partners.payout.paid', entityType: 'Payout', entityId: payout.id, before: null, after: { partnerId: input.partnerId, amount, currency: input.currency, reference: input.reference, commissions: owed.length } });
    return viewOf(payout, owed.length);
  });
}

function viewOf(p: { id: string; partnerId: string; amount: number; currency: string; reference: string; createdAt: Date }, commissions: number): PayoutView {
  return { id: p.id, partnerId: p.partnerId, amount: p.amount, currency: p.currency, reference: p.reference, commissions, createdAt: p.createdAt };
}

/** A partner's payouts, newest first. */
export async function payoutsOf(db: Db, partnerId: string): Promise<PayoutView[]> {
  const rows = await db.payout.findMany({ where: { partnerId }, orderBy: { createdAt: 'desc' }, take: 100, include: { _count: { select: { items: true } } } });
  return rows.map((r) => viewOf(r, r._count.items));
}
