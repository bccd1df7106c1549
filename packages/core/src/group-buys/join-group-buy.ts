// Joining a group buy places an order through the place-order workflow with the deal as its
// source: the deal row is locked (joins near a tier boundary are counted one at a time), the
// joiner is priced at the tier their join reaches, stock is reserved, and the payment is
// authorised, not captured: the close job captures the final tier price at the deadline.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { ALREADY_PLACED, placeOrderFrom, quoteDealLine, type OrderSource, type PlaceOrderInput } from '../checkout/index.ts';
import { addTimelineEntry, orderIdForKey, type OrderView } from '../orders/index.ts';
import { DomainError } from '../shared/index.ts';
import { lockOpenDeal, type LockedDeal } from './lock-deal.ts';
import { afterJoin } from './tiers.ts';

/** How long a joined order keeps its stock after the deadline, for the close job to finish. */
export const SETTLEMENT_GRACE_MS = 7 * 86_400_000;

export interface JoinGroupBuyInput extends PlaceOrderInput {
  slug: string;
  quantity: number;
}

/**
 * Joins the deal: one order per join, found again by its idempotency key.
 *
 * @example await joinGroupBuy(prisma, payments, { slug: 'cargo-bike-autumn', quantity: 1, customer, idempotencyKey, shippingAddress, shippingMethodCode: 'standard' })
 */
export async function joinGroupBuy(prisma: PrismaClient, payments: PaymentProvider, input: JoinGroupBuyInput, now = new Date()): Promise<OrderView> {
  return placeOrderFrom(prisma, payments, input, groupBuySource(input), now);
}

function groupBuySource(input: JoinGroupBuyInput): OrderSource {
  let joined: { deal: LockedDeal; peak: number; unitAmount: number; taxRateBps: number } | null = null;
  return {
    capture: 'manual',
    async price(tx, settings, now) {
      const deal = await lockOpenDeal(tx, { slug: input.slug }, now);
      if (await orderIdForKey(tx, { customerId: input.customer.id }, input.idempotencyKey)) return ALREADY_PLACED;
      const already = await tx.groupBuyParticipant.count({ where: { groupBuyId: deal.id, customerId: input.customer.id, status: 'JOINED' } });
      if (already > 0) throw new DomainError('conflict', 'You have already joined this group buy.');
      if (input.quantity > deal.maxQuantity) {
        throw new DomainError('invalid_input', `At most ${deal.maxQuantity} per buyer in this group buy.`, { quantity: [`At most ${deal.maxQuantity}`] });
      }
      if (deal.maxParticipants !== null && deal.active >= deal.maxParticipants) throw new DomainError('conflict', 'This group buy is full.');
      if (deal.currency !== settings.currency) throw new DomainError('invalid_input', `This group buy is priced in ${deal.currency}.`);
      const next = afterJoin(deal.tiers, { active: deal.active, peak: deal.peakParticipants });
      joined = { deal, peak: next.peak, unitAmount: next.unitAmount, taxRateBps: settings.taxRateBps };
      const label = `Group buy: ${deal.title}`;
      return quoteDealLine(tx, { variantId: deal.variantId, quantity: input.quantity, unitAmount: next.unitAmount, label }, { country: input.shippingAddress.country, shippingMethodCode: input.shippingMethodCode, settings }, now);
    },
    reservedUntil: () => new Date(joined!.deal.endsAt.getTime() + SETTLEMENT_GRACE_MS),
    async recorded(tx, order) {
      const { deal, peak, unitAmount, taxRateBps } = joined!;
      await tx.groupBuyParticipant.create({
        data: { groupBuyId: deal.id, customerId: input.customer.id, orderId: order.id, quantity: input.quantity, joinUnitAmount: unitAmount, authorizedAmount: order.totalAmount, taxRateBps },
      });
      await tx.groupBuy.update({ where: { id: deal.id }, data: { peakParticipants: peak } });
      await addTimelineEntry(tx, order.id, { type: 'group_buy_joined', data: { groupBuyId: deal.id, unitAmount } });
    },
    async paymentFailed(tx, orderId) {
      await tx.groupBuyParticipant.updateMany({ where: { orderId, status: 'JOINED' }, data: { status: 'FAILED', lastError: 'The payment could not be started.', settledAt: new Date() } });
    },
  };
}

