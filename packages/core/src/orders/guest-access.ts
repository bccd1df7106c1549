// Links to a guest order's page. A guest has no account to sign in to, so the order page is
// reached with a bearer token: 256 random bits, only its SHA-256 stored (GuestOrderAccess), valid
// for 30 days. Random-and-stored rather than an HMAC over id + expiry: no signing secret to
// deploy or rotate, a leaked database row cannot be replayed, and every link handed out (the
// confirmation page, the e-mail) is its own row that can be revoked alone.
import type { Prisma, PrismaClient } from '@tandem/db';
import { hashToken, newToken } from '../accounts/index.ts';
import { DomainError, NotFoundError, withoutTrailingSlash } from '../shared/index.ts';
import { orderSelect, toOrderView } from './order-views.ts';
import type { OrderView } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** How long a guest order link works. */
export const GUEST_ORDER_LINK_LIFETIME_MS = 30 * 24 * 60 * 60_000;

/** A guest order link's secret part and until when it works. */
export interface GuestOrderAccess {
  token: string;
  expiresAt: Date;
}

/** Issues a new link to the order's page (the raw token is returned once and never stored). */
export async function issueGuestOrderAccess(db: Db, orderId: string, now: Date): Promise<GuestOrderAccess> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + GUEST_ORDER_LINK_LIFETIME_MS);
  await db.guestOrderAccess.create({ data: { orderId, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

/**
 * The order a link opens, or null when the token is unknown, altered or expired. Only guest
 * orders open this way (an adopted order keeps its links: it is still the same shopper's).
 */
export async function orderIdForGuestToken(db: Db, token: string, now: Date): Promise<string | null> {
  const access = await db.guestOrderAccess.findUnique({ where: { tokenHash: hashToken(token) }, select: { orderId: true, expiresAt: true } });
  return access && access.expiresAt > now ? access.orderId : null;
}

/** Who a guest link's order belongs to: the e-mail it was placed with, its account once adopted, the recipient's name. */
export interface GuestOrderOwner {
  orderId: string;
  email: string;
  customerId: string | null;
  name: string;
}

/** The owner facts of the order a link opens, or a NOT_FOUND for an unknown, altered or expired token. */
export async function guestOrderOwner(prisma: PrismaClient, token: string, now: Date): Promise<GuestOrderOwner> {
  const orderId = await orderIdForGuestToken(prisma, token, now);
  const row = orderId ? await prisma.order.findUnique({ where: { id: orderId }, select: { id: true, email: true, customerId: true, shippingAddress: true } }) : null;
  if (!row) throw invalidLink();
  const address = row.shippingAddress as { name?: unknown } | null;
  return { orderId: row.id, email: row.email, customerId: row.customerId, name: typeof address?.name === 'string' ? address.name : '' };
}

const invalidLink = () => new DomainError('not_found', 'This order link is not valid or has expired.');

/** The order view a guest link opens; an unknown, altered or expired token is NOT_FOUND (never says which). */
export async function orderForGuestToken(prisma: PrismaClient, token: string, now: Date): Promise<OrderView> {
  const orderId = await orderIdForGuestToken(prisma, token, now);
  const row = orderId ? await prisma.order.findUnique({ where: { id: orderId }, select: orderSelect }) : null;
  if (!row) throw invalidLink();
  return toOrderView(row);
}

/**
 * The view of an order the caller has just placed as a guest (found by the guest's own
 * idempotency scope); never reachable with an id from outside.
 */
export async function placedGuestOrderView(prisma: PrismaClient, orderId: string): Promise<OrderView> {
  const row = await prisma.order.findUnique({ where: { id: orderId }, select: orderSelect });
  if (!row) throw new NotFoundError('order', orderId);
  return toOrderView(row);
}

/** The storefront page a guest link opens. */
export function guestOrderPageUrl(storefrontUrl: string, token: string): string {
  return `${withoutTrailingSlash(storefrontUrl)}/orders/guest/${encodeURIComponent(token)}`;
}
