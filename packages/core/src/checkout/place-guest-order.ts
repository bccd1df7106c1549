// Guest checkout: the place-order workflow for a shopper without an account. The guest's cart is
// the one their cart token holds; their idempotency keys are scoped to that token (so only its
// holder replays into the order); confirmations go to the e-mail they gave. The answer carries a
// link token to the guest order page (orders' guest-access). Guest orders are rate limited per
// client address and per e-mail, counted atomically before any work, so a burst of parallel
// requests cannot all slip under the limit.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProviders } from '@tandem/payments';
import { blockedUntil, bucket, hashToken, rateLimiterOf, retryMessage, type RateLimitRule } from '../accounts/index.ts';
import { issueGuestOrderAccess, orderIdForKey, placedGuestOrderView, type OrderView } from '../orders/index.ts';
import { DomainError, RateLimitedError } from '../shared/index.ts';
import type { VersionedRuleSet } from '../pricing/index.ts';
import { cartSource, placeOrderId, type OrderRequest } from './place-order.ts';
import { choosePayment } from './payment-methods.ts';

const HOUR = 60 * 60_000;

/** Guest orders allowed per hour: per client address, and per e-mail given. */
export const GUEST_ORDER_LIMITS = {
  perIp: { name: 'guest-order:ip', limit: 10, windowMs: HOUR },
  perEmail: { name: 'guest-order:email', limit: 5, windowMs: HOUR },
} satisfies Record<string, RateLimitRule>;

export interface GuestOrderInput extends OrderRequest {
  /** Where the confirmation goes; lower-cased by the validator. */
  email: string;
  /** The guest's cart token (X-Cart-Token). */
  cartToken: string | null;
  /** The client's address, for the rate limit. */
  ip: string;
}

/** A placed guest order and the link token to its page (shown once on the confirmation). */
export interface PlacedGuestOrder {
  order: OrderView;
  accessToken: string;
  accessExpiresAt: string;
}

/**
 * Places the guest's cart as an order. A replay with the same cart token and key answers with
 * the same order (and a fresh link to it) without counting against the limits.
 *
 * @example await placeGuestOrder(prisma, providers, { email, cartToken, ip, idempotencyKey, shippingAddress, shippingMethodCode: 'standard' })
 */
export async function placeGuestOrder(prisma: PrismaClient, providers: PaymentProviders, input: GuestOrderInput, now = new Date(), cachedRules?: VersionedRuleSet): Promise<PlacedGuestOrder> {
  const { email, cartToken, ip, ...request } = input;
  if (!cartToken) throw new DomainError('invalid_input', 'Your cart is empty.');
  const buyer = { ...request, guest: { email, cartToken } };
  const replayed = await orderIdForKey(prisma, { guestScope: hashToken(cartToken) }, request.idempotencyKey);
  if (!replayed) await reserveGuestOrder(prisma, email, ip, now);
  const orderId = replayed ?? (await placeChosen(prisma, providers, buyer, now, cachedRules));
  const access = await issueGuestOrderAccess(prisma, orderId, now);
  return { order: await placedGuestOrderView(prisma, orderId), accessToken: access.token, accessExpiresAt: access.expiresAt.toISOString() };
}

async function placeChosen(prisma: PrismaClient, providers: PaymentProviders, buyer: Parameters<typeof cartSource>[0], now: Date, cachedRules: VersionedRuleSet | undefined): Promise<string> {
  const chosen = await choosePayment(prisma, providers, buyer.paymentMethod, buyer.shippingMethodCode);
  return placeOrderId(prisma, chosen.provider, buyer, cartSource(buyer, chosen, cachedRules), now);
}

async function reserveGuestOrder(prisma: PrismaClient, email: string, ip: string, now: Date): Promise<void> {
  const reservations = await rateLimiterOf(prisma).reserve([bucket(GUEST_ORDER_LIMITS.perIp, ip), bucket(GUEST_ORDER_LIMITS.perEmail, email)], now);
  const retryAt = blockedUntil(reservations);
  if (!retryAt) return;
  throw new RateLimitedError(`Too many orders without an account in a short time. ${retryMessage(retryAt, now)} Or sign in to order.`, retryAt);
}
