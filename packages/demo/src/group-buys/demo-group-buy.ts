// The demo store's live group buy: a club order on a wheelset, running for two weeks from the
// start that created it, with three demo riders already in, so the product page and the deal
// page show a deal under way (tier reached, buyers still needed). Each rider joins through the
// real join workflow: an order whose payment is authorised, captured by the close job at the
// deadline. When the demo deal has ended (an older demo database), the next start opens a new one.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { createAccountIfAbsent, hashPassword, type ScryptCost } from '@tandem/core/accounts';
import { VISIBLE_VARIANTS } from '@tandem/core/catalog';
import { createGroupBuy, joinGroupBuy } from '@tandem/core/group-buys';
import { DEMO_STAFF } from '../staff/demo-staff.ts';

/** The documented password of the demo riders who joined the group buy (README). */
export const DEMO_CUSTOMER_PASSWORD = 'tandem-demo-customer';

export const DEMO_GROUP_BUY = {
  slugPrefix: 'club-wheelset-order',
  title: 'Club wheelset order',
  description: 'Our club orders wheelsets together: the more riders join before the deadline, the lower the price for everyone. Joining authorises (holds) your payment without taking it; at the deadline it is taken at the final price if at least 6 riders joined, and released if not.',
  /** Buyers needed for the deal to go ahead. */
  minParticipants: 6,
  runsForDays: 14,
  /** Tiers as a share of the catalog price (basis points), from 1, 3 and 6 buyers. */
  tiers: [
    { minParticipants: 1, shareBps: 9_000 },
    { minParticipants: 3, shareBps: 8_500 },
    { minParticipants: 6, shareBps: 8_000 },
  ],
} as const;

export const DEMO_RIDERS: readonly { email: string; name: string; city: string; postalCode: string }[] = [
  { email: 'ana@riders.tandem.test', name: 'Ana Rider', city: 'Utrecht', postalCode: '3511 AB' },
  { email: 'ben@riders.tandem.test', name: 'Ben Rider', city: 'Haarlem', postalCode: '2011 CD' },
  { email: 'cleo@riders.tandem.test', name: 'Cleo Rider', city: 'Leiden', postalCode: '2311 EF' },
];

export interface DemoGroupBuyOptions {
  now: Date;
  cost?: ScryptCost;
}

export interface DemoGroupBuyReport {
  slug: string;
  /** False when a demo deal was already running. */
  created: boolean;
  joined: number;
}

/** A plain wheelset (not configurable) with stock for every buyer the deal needs, the best-stocked first. */
async function dealVariant(prisma: PrismaClient) {
  return prisma.productVariant.findFirst({
    where: { AND: [VISIBLE_VARIANTS, { stockOnHand: { gte: DEMO_GROUP_BUY.minParticipants }, currency: 'EUR', product: { category: { slug: 'wheels' }, configurable: { is: null } } }] },
    orderBy: [{ stockOnHand: 'desc' }, { sku: 'asc' }],
    select: { id: true, priceAmount: true, currency: true },
  });
}

async function freeSlug(prisma: PrismaClient, now: Date): Promise<string> {
  const slug = `${DEMO_GROUP_BUY.slugPrefix}-${now.toISOString().slice(0, 10)}`;
  return (await prisma.groupBuy.findUnique({ where: { slug }, select: { id: true } })) ? `${slug}-${now.getTime().toString(36)}` : slug;
}

/**
 * Opens the demo group buy and lets the demo riders join it, unless one is running at `now`.
 * Null when the catalog has no wheelset to sell this way or the demo marketing account is missing
 * (run after the catalog seed and `ensureDemoStaff`).
 */
export async function ensureDemoGroupBuy(prisma: PrismaClient, payments: PaymentProvider, { now, cost }: DemoGroupBuyOptions): Promise<DemoGroupBuyReport | null> {
  const running = await prisma.groupBuy.findFirst({ where: { slug: { startsWith: DEMO_GROUP_BUY.slugPrefix }, status: 'OPEN', endsAt: { gt: now } }, select: { slug: true } });
  if (running) return { slug: running.slug, created: false, joined: 0 };
  const marketing = DEMO_STAFF.find((s) => s.role === 'MARKETING')!;
  const [variant, staff] = await Promise.all([dealVariant(prisma), prisma.customer.findUnique({ where: { email: marketing.email }, select: { id: true, email: true } })]);
  if (!variant || !staff) return null;
  const slug = await freeSlug(prisma, now);
  // Whole euros, each tier cheaper than the one before.
  const tiers = DEMO_GROUP_BUY.tiers.map((t) => ({ minParticipants: t.minParticipants, unitAmount: Math.floor((variant.priceAmount * t.shareBps) / 10_000 / 100) * 100 }));
  await createGroupBuy(
    prisma,
    staff,
    {
      slug,
      title: DEMO_GROUP_BUY.title,
      description: DEMO_GROUP_BUY.description,
      variantId: variant.id,
      currency: variant.currency,
      minParticipants: DEMO_GROUP_BUY.minParticipants,
      maxParticipants: null,
      maxQuantity: 1,
      startsAt: now,
      endsAt: new Date(now.getTime() + DEMO_GROUP_BUY.runsForDays * 86_400_000),
      tiers,
    },
    now,
  );
  let joined = 0;
  for (const rider of DEMO_RIDERS) {
    const customer = await riderAccount(prisma, rider, cost);
    const shippingAddress = { name: rider.name, line1: 'Stationsplein 1', line2: '', postalCode: rider.postalCode, city: rider.city, region: '', country: 'NL', phone: '' };
    await joinGroupBuy(prisma, payments, { slug, quantity: 1, customer, idempotencyKey: `demo-group-buy:${slug}:${rider.email}`, shippingAddress, shippingMethodCode: 'standard' }, now);
    joined++;
  }
  return { slug, created: true, joined };
}

async function riderAccount(prisma: PrismaClient, rider: (typeof DEMO_RIDERS)[number], cost?: ScryptCost): Promise<{ id: string; email: string }> {
  const existing = await prisma.customer.findUnique({ where: { email: rider.email }, select: { id: true, email: true } });
  if (existing) return existing;
  const id = await createAccountIfAbsent(prisma, { email: rider.email, name: rider.name, roles: ['CUSTOMER'], passwordHash: await hashPassword(DEMO_CUSTOMER_PASSWORD, cost) });
  return id ? { id, email: rider.email } : prisma.customer.findUniqueOrThrow({ where: { email: rider.email }, select: { id: true, email: true } });
}
