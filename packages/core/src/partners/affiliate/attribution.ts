// Which partner referred a shopper: the visitor's valid clicks (not bots, not floods) within the
// attribution window, from partners still approved, by the programme's model — the first or
// the last click of the trail. Placing an order records the answer in its own transaction.
import type { AttributionModel, Prisma, PrismaClient } from '@tandem/db';
import { programSettings } from './program.ts';
import { hashReferralToken, isReferralToken } from './referral-token.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface AttributedClick {
  clickId: string;
  partnerId: string;
  model: AttributionModel;
}

/** The click an order placed now would be attributed to, or null. Invalid tokens attribute nothing. */
export async function attributedClick(db: Db, referralToken: string | null | undefined, now = new Date()): Promise<AttributedClick | null> {
  if (!isReferralToken(referralToken)) return null;
  const settings = await programSettings(db);
  const windowStart = new Date(now.getTime() - settings.attributionWindowDays * 86_400_000);
  const click = await db.affiliateClick.findFirst({
    where: {
      visitorTokenHash: hashReferralToken(referralToken),
      filterReason: null,
      createdAt: { gte: windowStart, lte: now },
      partner: { status: 'APPROVED' },
    },
    orderBy: [{ createdAt: settings.attributionModel === 'FIRST_CLICK' ? 'asc' : 'desc' }, { id: 'asc' }],
    select: { id: true, partnerId: true },
  });
  return click ? { clickId: click.id, partnerId: click.partnerId, model: settings.attributionModel } : null;
}

/** The referring partner's id, for the pricing engine's partner-targeted promotions. */
export async function referringPartnerId(db: Db, referralToken: string | null | undefined, now = new Date()): Promise<string | null> {
  return (await attributedClick(db, referralToken, now))?.partnerId ?? null;
}

/**
 * Records the attribution of a new order, inside the order's transaction. The click is the one
 * that also decided the order's prices, so pass the result of `attributedClick` taken in the
 * same transaction.
 */
export async function recordOrderReferral(tx: Prisma.TransactionClient, orderId: string, click: AttributedClick | null): Promise<void> {
  if (!click) return;
  await tx.orderReferral.create({ data: { orderId, partnerId: click.partnerId, clickId: click.clickId, model: click.model } });
}
