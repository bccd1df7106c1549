// The deadline job's work: decide the deal once (met the minimum → SUCCEEDED at the final
// tier, every participant's order re-priced at it; else FAILED), then settle every participant
// still JOINED — capture the re-priced total, or release the authorisation. The decision is
// taken under the deal's lock and only from OPEN, and each settlement is idempotent, so running
// the job again (a retry after a partial failure, or a second close job) has one effect.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { repriceOrder } from '../orders/index.ts';
import type { PriceStep } from '../pricing/index.ts';
import { lockDeal } from './lock-deal.ts';
import { captureParticipant, releaseParticipant, type SettleOutcome } from './settle-participant.ts';
import { closeOutcome, finalCharge, tierAt } from './tiers.ts';

export interface CloseResult {
  status: 'OPEN' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  captured: number;
  released: number;
  failed: number;
  /** Participants whose provider call failed in a way worth retrying; the job runs again. */
  retrying: number;
}

/** Thrown so the job queue retries later. */
export class SettlementIncompleteError extends Error {}

export async function closeGroupBuy(prisma: PrismaClient, payments: PaymentProvider, groupBuyId: string, now = new Date()): Promise<CloseResult> {
  const status = await prisma.$transaction((tx) => decide(tx, groupBuyId, now));
  const result: CloseResult = { status, captured: 0, released: 0, failed: 0, retrying: 0 };
  if (status === 'OPEN') throw new SettlementIncompleteError(`Group buy ${groupBuyId} is not due before its deadline.`);
  const joined = await prisma.groupBuyParticipant.findMany({ where: { groupBuyId, status: 'JOINED' }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  const errors: string[] = [];
  for (const { id } of joined) {
    try {
      const outcome: SettleOutcome = status === 'SUCCEEDED' ? await captureParticipant(prisma, payments, id, now) : await releaseParticipant(prisma, payments, id, now);
      result[outcome] += 1;
    } catch (error) {
      result.retrying += 1;
      const message = error instanceof Error ? error.message : String(error);
      errors.push(message);
      await prisma.groupBuyParticipant.update({ where: { id }, data: { lastError: message.slice(0, 500) } });
    }
  }
  if (result.retrying > 0) throw new SettlementIncompleteError(`${result.retrying} participant(s) of group buy ${groupBuyId} are not settled yet: ${errors[0]}`);
  await prisma.groupBuy.updateMany({ where: { id: groupBuyId, settledAt: null }, data: { settledAt: now } });
  return result;
}

async function decide(tx: Prisma.TransactionClient, groupBuyId: string, now: Date): Promise<CloseResult['status']> {
  const deal = await lockDeal(tx, { id: groupBuyId });
  if (deal.status !== 'OPEN') return deal.status;
  if (now < deal.endsAt) return 'OPEN';
  const outcome = closeOutcome(deal.tiers, { active: deal.active, peak: deal.peakParticipants }, deal.minParticipants);
  if (!outcome) {
    await tx.groupBuy.update({ where: { id: deal.id }, data: { status: 'FAILED', closedAt: now } });
    return 'FAILED';
  }
  const tier = tierAt(deal.tiers, deal.peakParticipants);
  await tx.groupBuy.update({ where: { id: deal.id }, data: { status: 'SUCCEEDED', finalUnitAmount: outcome.finalUnitAmount, closedAt: now } });
  const participants = await tx.groupBuyParticipant.findMany({ where: { groupBuyId, status: 'JOINED' } });
  for (const p of participants) {
    await repriceAtFinalTier(tx, p, outcome.finalUnitAmount, `Group buy final price (${tier.minParticipants}+ buyers)`);
  }
  return 'SUCCEEDED';
}

/** The participant's order at the final tier: goods and tax re-priced, shipping as at join. */
async function repriceAtFinalTier(
  tx: Prisma.TransactionClient,
  p: { orderId: string; quantity: number; authorizedAmount: number; taxRateBps: number },
  finalUnitAmount: number,
  label: string,
): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: p.orderId }, select: { shippingAmount: true, pricesIncludeTax: true, lines: { select: { id: true, explanation: true } } } });
  const charge = finalCharge({ quantity: p.quantity, shippingAmount: order.shippingAmount, authorizedAmount: p.authorizedAmount, taxRateBps: p.taxRateBps, pricesIncludeTax: order.pricesIncludeTax }, finalUnitAmount);
  const line = order.lines[0]!;
  const steps = (line.explanation as unknown as PriceStep[]).map((step) => {
    if (step.kind !== 'group_buy') return step;
    const base = (line.explanation as unknown as PriceStep[]).find((s) => s.kind === 'base');
    const catalog = base?.unitAmount ?? finalUnitAmount;
    return { ...step, label, unitAmount: finalUnitAmount, amount: (finalUnitAmount - catalog) * p.quantity };
  });
  await repriceOrder(
    tx,
    p.orderId,
    {
      lines: [{ id: line.id, unitPriceAmount: finalUnitAmount, lineTotalAmount: charge.lineTotalAmount, taxAmount: charge.lineTaxAmount, explanation: steps }],
      subtotalAmount: charge.lineTotalAmount,
      taxAmount: charge.taxAmount,
      totalAmount: charge.totalAmount,
    },
    { type: 'group_buy_final_price', data: { unitAmount: finalUnitAmount, total: charge.totalAmount, authorized: p.authorizedAmount } },
  );
}
