// What shoppers and staff read about group buys.
import type { GroupBuyParticipantStatus, GroupBuyStatus, Prisma, PrismaClient } from '@tandem/db';
import { VISIBLE_VARIANTS, isVisibleProduct } from '../catalog/index.ts';
import { NotFoundError } from '../shared/index.ts';
import { ladderOf, nextTier, tierAt } from './tiers.ts';

/** The deal page: the ladder with the current tier, the price now and next, the time left, and the shopper's own place. */
export interface GroupBuyPage {
  id: string;
  slug: string;
  title: string;
  description: string;
  status: GroupBuyStatus;
  currency: string;
  product: { id: string; slug: string; title: string; variantTitle: string; catalogAmount: number };
  minParticipants: number;
  maxParticipants: number | null;
  maxQuantity: number;
  participants: number;
  peakParticipants: number;
  tiers: { minParticipants: number; unitAmount: number; reached: boolean; current: boolean }[];
  unitAmount: number;
  next: { minParticipants: number; unitAmount: number; buyersNeeded: number } | null;
  finalUnitAmount: number | null;
  startsAt: Date;
  endsAt: Date;
  /** Whole seconds left at `now`; 0 once the deadline passed. */
  secondsLeft: number;
  joinable: boolean;
  me: { status: GroupBuyParticipantStatus; orderId: string; quantity: number; authorizedAmount: number; capturedAmount: number | null } | null;
}

const dealInclude = {
  tiers: { select: { minParticipants: true, unitAmount: true }, orderBy: { minParticipants: 'asc' } },
  // Who is in: joined, or already charged at the close.
  _count: { select: { participants: { where: { status: { in: ['JOINED', 'CAPTURED'] } } } } },
} satisfies Prisma.GroupBuyInclude;

export async function groupBuyPage(prisma: PrismaClient, slug: string, customerId: string | null, now = new Date()): Promise<GroupBuyPage> {
  const deal = await prisma.groupBuy.findUnique({ where: { slug }, include: dealInclude });
  if (!deal) throw new NotFoundError('group buy', slug);
  const variant = await prisma.productVariant.findUniqueOrThrow({ where: { id: deal.variantId }, select: { title: true, priceAmount: true, product: { select: { id: true, slug: true, title: true } } } });
  const mine = customerId
    ? await prisma.groupBuyParticipant.findFirst({ where: { groupBuyId: deal.id, customerId }, orderBy: { createdAt: 'desc' }, select: { status: true, orderId: true, quantity: true, authorizedAmount: true, capturedAmount: true } })
    : null;
  // A deal on an unpublished product is as unknown as the product, except to those already in it.
  if (!mine && !(await isVisibleProduct(prisma, variant.product.id))) throw new NotFoundError('group buy', slug);
  const peak = deal.peakParticipants;
  const next = nextTier(deal.tiers, peak);
  const participants = deal._count.participants;
  const open = deal.status === 'OPEN' && now < deal.endsAt && now >= deal.startsAt;
  return {
    id: deal.id,
    slug: deal.slug,
    title: deal.title,
    description: deal.description,
    status: deal.status,
    currency: deal.currency,
    product: { ...variant.product, variantTitle: variant.title, catalogAmount: variant.priceAmount },
    minParticipants: deal.minParticipants,
    maxParticipants: deal.maxParticipants,
    maxQuantity: deal.maxQuantity,
    participants,
    peakParticipants: peak,
    tiers: ladderOf(deal.tiers, peak),
    unitAmount: deal.finalUnitAmount ?? tierAt(deal.tiers, peak).unitAmount,
    next: next && { ...next, buyersNeeded: next.minParticipants - peak },
    finalUnitAmount: deal.finalUnitAmount,
    startsAt: deal.startsAt,
    endsAt: deal.endsAt,
    secondsLeft: Math.max(0, Math.floor((deal.endsAt.getTime() - now.getTime()) / 1000)),
    joinable: open && (deal.maxParticipants === null || participants < deal.maxParticipants) && mine?.status !== 'JOINED',
    me: mine,
  };
}

/** Open deals on a product, for a link from its page with the progress toward the minimum; none for a product shoppers cannot see. */
export async function groupBuysForProduct(prisma: PrismaClient, productId: string, now = new Date()) {
  const variants = await prisma.productVariant.findMany({ where: { AND: [VISIBLE_VARIANTS, { productId }] }, select: { id: true } });
  const deals = await prisma.groupBuy.findMany({
    where: { variantId: { in: variants.map((v) => v.id) }, status: 'OPEN', endsAt: { gt: now }, startsAt: { lte: now } },
    include: dealInclude,
    orderBy: { endsAt: 'asc' },
    take: 5,
  });
  return deals.map((d) => ({
    slug: d.slug,
    title: d.title,
    currency: d.currency,
    unitAmount: tierAt(d.tiers, d.peakParticipants).unitAmount,
    endsAt: d.endsAt,
    participants: d._count.participants,
    minParticipants: d.minParticipants,
  }));
}

/** Every deal for the admin list, newest first, with its participant counts. */
export async function listGroupBuys(prisma: PrismaClient, now = new Date()) {
  const deals = await prisma.groupBuy.findMany({ orderBy: { createdAt: 'desc' }, take: 200, include: dealInclude });
  return deals.map(({ _count, tiers, ...d }) => ({
    ...d,
    participants: _count.participants,
    unitAmount: d.finalUnitAmount ?? tierAt(tiers, d.peakParticipants).unitAmount,
    tiers,
    due: d.status === 'OPEN' && d.endsAt <= now,
  }));
}

/** One deal for staff: the ladder and every participant with their order and payment. */
export async function groupBuyDetail(prisma: PrismaClient, id: string) {
  const deal = await prisma.groupBuy.findUnique({ where: { id }, include: { tiers: { select: { minParticipants: true, unitAmount: true }, orderBy: { minParticipants: 'asc' } } } });
  if (!deal) throw new NotFoundError('group buy', id);
  const participants = await prisma.groupBuyParticipant.findMany({ where: { groupBuyId: id }, orderBy: { createdAt: 'asc' } });
  const orders = await prisma.order.findMany({ where: { id: { in: participants.map((p) => p.orderId) } }, select: { id: true, number: true, email: true, status: true, totalAmount: true } });
  const byId = new Map(orders.map((o) => [o.id, o]));
  const active = participants.filter((p) => p.status === 'JOINED' || p.status === 'CAPTURED').length;
  return {
    ...deal,
    ladder: ladderOf(deal.tiers, deal.peakParticipants),
    unitAmount: deal.finalUnitAmount ?? tierAt(deal.tiers, deal.peakParticipants).unitAmount,
    active,
    participants: participants.map((p) => ({ ...p, order: byId.get(p.orderId) ?? null })),
  };
}
