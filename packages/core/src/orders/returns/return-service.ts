// Returns and the shopper's cancel, bound once per process: the shopper's side (cancel, ask for
// a return, what the return form may offer) and staff's (queue, approve, reject, receive,
// refund). Ownership of the order is checked by the callers' services (account or guest link).
import type { PrismaClient, ReturnStatus } from '@tandem/db';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { orderIdForGuestToken } from '../guest-access.ts';
import type { PaymentProvider } from '@tandem/payments';
import type { StaffActor } from '../../staff/index.ts';
import { cancelOrderForShopper } from '../shopper-cancel.ts';
import { refundReturn, type ReturnRefundChoice } from './refund-return.ts';
import { requestReturn, type ReturnDraft } from './request-return.ts';
import { DEFAULT_RETURN_WINDOW_DAYS, type ReturnPolicy } from './return-policy.ts';
import { returnOptions, returnQueue } from './return-views.ts';
import { approveReturn, receiveReturn, rejectReturn } from './review-return.ts';

export interface ReturnServiceOptions {
  payments: PaymentProvider;
  /** Days after delivery (or shipping) a return may be asked for; 30 by default. */
  returnWindowDays?: number | undefined;
  now?: () => Date;
}

/** Who asks about an order: a signed-in customer naming one of their orders, or the holder of a guest order link. */
export type OrderOwner = { customerId: string; orderId: string } | { guestToken: string };

/** The order the owner may act on; anyone else's order (or a dead link) is NOT_FOUND, never FORBIDDEN. */
async function ownedOrderId(prisma: PrismaClient, owner: OrderOwner, now: Date): Promise<string> {
  if ('guestToken' in owner) {
    const orderId = await orderIdForGuestToken(prisma, owner.guestToken, now);
    if (!orderId) throw new DomainError('not_found', 'This order link is not valid or has expired.');
    return orderId;
  }
  const order = await prisma.order.findFirst({ where: { id: owner.orderId, customerId: owner.customerId }, select: { id: true } });
  if (!order) throw new NotFoundError('order', owner.orderId);
  return order.id;
}

/**
 * The shopper's cancel and returns of an order they own (account or guest link).
 *
 * @example const returns = createShopperReturnsService(prisma, { payments }); await returns.cancel({ customerId, orderId })
 */
export function createShopperReturnsService(prisma: PrismaClient, options: ReturnServiceOptions) {
  const now = options.now ?? (() => new Date());
  const policy: ReturnPolicy = { windowDays: options.returnWindowDays ?? DEFAULT_RETURN_WINDOW_DAYS };
  const owned = (owner: OrderOwner) => ownedOrderId(prisma, owner, now());
  return {
    cancel: async (owner: OrderOwner) => cancelOrderForShopper({ prisma, payments: options.payments, now }, await owned(owner)),
    request: async (owner: OrderOwner, draft: ReturnDraft) => requestReturn(prisma, await owned(owner), draft, policy, now()),
    options: async (owner: OrderOwner) => returnOptions(prisma, await owned(owner), policy, now()),
  };
}

/** Staff's returns queue and moves; every move is audited. */
export function createReturnsAdminService(prisma: PrismaClient, options: ReturnServiceOptions) {
  const now = options.now ?? (() => new Date());
  return {
    queue: (status?: ReturnStatus) => returnQueue(prisma, status),
    approve: (actor: StaffActor, returnId: string) => approveReturn(prisma, actor, returnId, now()),
    reject: (actor: StaffActor, input: { id: string; reason: string }) => rejectReturn(prisma, actor, input, now()),
    receive: (actor: StaffActor, returnId: string) => receiveReturn(prisma, actor, returnId, now()),
    refund: (actor: StaffActor, choice: ReturnRefundChoice) => refundReturn({ prisma, payments: options.payments, now }, actor, choice),
  };
}

export type ShopperReturnsService = ReturnType<typeof createShopperReturnsService>;
export type ReturnsAdminService = ReturnType<typeof createReturnsAdminService>;
