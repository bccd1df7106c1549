// The admin review queue: offers matched with too little confidence (with the suggested
// product) and offers nothing matched. Administrators confirm a match, possibly to another
// product, or reject it; either decision survives later imports of the feed.
import type { Prisma, PrismaClient } from '@tandem/db';
import { DomainError, NotFoundError, money } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import type { ReviewItem } from './types.ts';

const MATCH_FIELDS = { id: true, productId: true, variantId: true, matchStatus: true, matchMethod: true, matchConfidence: true } as const;

/** Offers waiting for a decision: suggestions first (most confident first), then unmatched ones. */
export async function reviewQueue(prisma: PrismaClient, limit: number): Promise<ReviewItem[]> {
  const rows = await prisma.offer.findMany({
    where: { status: 'ACTIVE', matchStatus: { in: ['NEEDS_REVIEW', 'UNMATCHED'] } },
    orderBy: [{ matchStatus: 'asc' }, { matchConfidence: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: limit,
    include: { source: { select: { slug: true, name: true } }, product: { select: { id: true, slug: true, title: true } } },
  });
  return rows.map((row) => ({
    offerId: row.id,
    source: row.source,
    externalId: row.externalId,
    title: row.title,
    gtin: row.gtin,
    mpn: row.mpn,
    brand: row.brand,
    price: money(row.saleAmount ?? row.priceAmount, row.currency),
    method: row.matchMethod,
    confidence: row.matchConfidence,
    candidate: row.product ? { productId: row.product.id, slug: row.product.slug, title: row.product.title, variantId: row.variantId } : null,
  }));
}

export interface ConfirmMatchCommand {
  offerId: string;
  /** Another product than the suggested one. */
  productId?: string | undefined;
  /** The variant; alone, it names its product too (the admin's picker chooses variants). */
  variantId?: string | undefined;
}

async function productOfVariant(tx: Prisma.TransactionClient, variantId: string): Promise<string> {
  const variant = await tx.productVariant.findUnique({ where: { id: variantId }, select: { productId: true } });
  if (!variant) throw new NotFoundError('variant', variantId);
  return variant.productId;
}

/** Confirms an offer's match (to the suggestion, or to the product given). Repeating it changes nothing. */
export async function confirmOfferMatch(prisma: PrismaClient, actor: StaffActor, command: ConfirmMatchCommand): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const offer = await tx.offer.findUnique({ where: { id: command.offerId } });
    if (!offer) throw new NotFoundError('offer', command.offerId);
    const productId = command.productId ?? (command.variantId ? await productOfVariant(tx, command.variantId) : offer.productId);
    if (!productId) throw new DomainError('invalid_input', 'This offer has no suggested product: say which product it is.', { productId: ['Choose a product'] });
    const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true, variants: { select: { id: true } } } });
    if (!product) throw new NotFoundError('product', productId);
    const variantId = command.variantId ?? (productId === offer.productId ? offer.variantId : product.variants.length === 1 ? (product.variants[0]?.id ?? null) : null);
    if (variantId && !product.variants.some((v) => v.id === variantId)) {
      throw new DomainError('invalid_input', 'That variant belongs to another product.', { variantId: ['Not a variant of this product'] });
    }
    const suggested = productId === offer.productId && offer.matchMethod !== null;
    const after = await tx.offer.update({
      where: { id: offer.id },
      data: { productId, variantId, matchStatus: 'CONFIRMED', matchMethod: suggested ? offer.matchMethod : 'MANUAL', matchConfidence: 1, matchedAt: offer.matchStatus === 'CONFIRMED' && offer.productId === productId ? offer.matchedAt : new Date() },
      select: MATCH_FIELDS,
    });
    const before = { id: offer.id, productId: offer.productId, variantId: offer.variantId, matchStatus: offer.matchStatus, matchMethod: offer.matchMethod, matchConfidence: offer.matchConfidence };
    await recordAudit(tx, actor, { action: 'catalog.offers.confirm', entityType: 'Offer', entityId: offer.id, before, after });
  });
}

/** Rejects an offer's match: it leaves every comparison and is not matched again automatically. */
export async function rejectOfferMatch(prisma: PrismaClient, actor: StaffActor, offerId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.offer.findUnique({ where: { id: offerId }, select: MATCH_FIELDS });
    if (!before) throw new NotFoundError('offer', offerId);
    const after = await tx.offer.update({ where: { id: offerId }, data: { matchStatus: 'REJECTED', productId: null, variantId: null, matchMethod: null, matchConfidence: null, matchedAt: null }, select: MATCH_FIELDS });
    await recordAudit(tx, actor, { action: 'catalog.offers.reject', entityType: 'Offer', entityId: offerId, before, after });
  });
}
