// A referred order's commissions through its life, each step run by the order's event that
// causes it (commission-subscriber.ts):
//   paid → one PENDING row per line (the line's category decides the rate; zero and flagged
//          SELF_REFERRAL when the partner bought for themselves), held for the hold window;
//   refunded → each row shrinks in proportion to what is left of the payment (cumulative, so a
//          replayed refund changes nothing); cancelled → clawed back in full;
//   hold over → APPROVED by `approveMaturedCommissions` (an idempotent interval job).
// A claw-back after a payout leaves a negative balance on the row, settled by the next payout.
import type { Prisma, PrismaClient } from '@tandem/db';
import { commissionAfterRefunds, earnedCommission, goodsPaid } from './commission-math.ts';
import { resolveCommissionRate } from './commission-rules.ts';
import { programSettings, rulesForPartner } from './program.ts';
import { isSelfReferral } from './self-referral.ts';

type Tx = Prisma.TransactionClient;

/** The category ids from the category named by `path` up to its root, nearest first. */
async function categoryPathOf(tx: Tx, cache: Map<string, string[]>, path: string): Promise<string[]> {
  const known = cache.get(path);
  if (known) return known;
  const parts = path.split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  const rows = await tx.category.findMany({ where: { path: { in: prefixes } }, select: { id: true, path: true } });
  const ids = rows.sort((a, b) => b.path.length - a.path.length).map((r) => r.id);
  cache.set(path, ids);
  return ids;
}

/** Creates the commissions of a referred order that just became PAID. A second call does nothing. */
export async function recordOrderCommissions(tx: Tx, orderId: string, paidAt: Date): Promise<number> {
  const referral = await tx.orderReferral.findUnique({
    where: { orderId },
    select: { partner: { select: { id: true, customerId: true, contactEmail: true } } },
  });
  if (!referral) return 0;
  if ((await tx.commission.count({ where: { orderId } })) > 0) return 0;
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { customerId: true, email: true, currency: true, pricesIncludeTax: true, lines: { select: { id: true, variantId: true, quantity: true, lineTotalAmount: true, taxAmount: true } } },
  });
  const payment = await tx.payment.findFirst({ where: { orderId, state: 'SUCCEEDED' }, orderBy: { createdAt: 'desc' }, select: { fingerprint: true } });
  const partner = referral.partner;
  const self = await isSelfReferral(tx, { orderId, buyerCustomerId: order.customerId, buyerEmail: order.email, paymentFingerprint: payment?.fingerprint ?? null, partner });
  const [settings, rules] = await Promise.all([programSettings(tx), rulesForPartner(tx, partner.id)]);
  const variants = await tx.productVariant.findMany({
    where: { id: { in: order.lines.map((l) => l.variantId) } },
    select: { id: true, product: { select: { category: { select: { id: true, path: true } } } } },
  });
  const categoryOf = new Map(variants.map((v) => [v.id, v.product.category]));
  const paths = new Map<string, string[]>();
  const holdUntil = new Date(paidAt.getTime() + settings.holdDays * 86_400_000);
  for (const line of order.lines) {
    const category = categoryOf.get(line.variantId) ?? null;
    const categoryPath = category ? await categoryPathOf(tx, paths, category.path) : [];
    const { ruleId, rate } = resolveCommissionRate(rules, { partnerId: partner.id, categoryPath, currency: order.currency }, settings.defaultRate);
    const baseAmount = goodsPaid(line, order.pricesIncludeTax);
    await tx.commission.create({
      data: {
        partnerId: partner.id,
        orderId,
        orderLineId: line.id,
        categoryId: category?.id ?? null,
        currency: order.currency,
        baseAmount,
        ruleId,
        ruleKind: rate.kind,
        percentBps: rate.kind === 'PERCENT' ? rate.percentBps : null,
        fixedAmount: rate.kind === 'FIXED' ? rate.fixedAmount : null,
        amount: self ? 0 : earnedCommission(rate, baseAmount, line.quantity),
        flag: self ? 'SELF_REFERRAL' : null,
        holdUntil,
      },
    });
  }
  return order.lines.length;
}

/** Sets how much of each commission is clawed back (never less than before) and settles the status. */
async function reverseTo(tx: Tx, orderId: string, reversedOf: (c: { amount: number }) => number): Promise<void> {
  const commissions = await tx.commission.findMany({ where: { orderId }, select: { id: true, amount: true, reversedAmount: true, paidOutAmount: true, status: true } });
  for (const c of commissions) {
    const reversed = Math.max(c.reversedAmount, Math.min(c.amount, reversedOf(c)));
    if (reversed === c.reversedAmount) continue;
    const fullyBack = reversed === c.amount && c.paidOutAmount === 0;
    await tx.commission.update({ where: { id: c.id }, data: { reversedAmount: reversed, ...(fullyBack ? { status: 'REVERSED' } : {}) } });
  }
}

/** After the order's refunded amount changed: each commission keeps the share of the payment that was kept. */
export async function adjustCommissionsForRefund(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { totalAmount: true, refundedAmount: true } });
  await reverseTo(tx, orderId, (c) => c.amount - commissionAfterRefunds(c.amount, order.totalAmount, order.refundedAmount));
}

/** Cancelled order (or an administrator's claw-back): nothing of its commissions is owed. */
export async function clawBackOrderCommissions(tx: Tx, orderId: string): Promise<void> {
  await reverseTo(tx, orderId, (c) => c.amount);
}

/** Approves every commission whose hold window is over; safe to run any number of times. */
export async function approveMaturedCommissions(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await prisma.commission.updateMany({ where: { status: 'PENDING', holdUntil: { lte: now } }, data: { status: 'APPROVED', approvedAt: now } });
  return count;
}
