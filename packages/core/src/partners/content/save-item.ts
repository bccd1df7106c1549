// A partner adds or changes an item in the portal. A new item, or a change to anything staff
// review, is PENDING until staff approve it again.
import type { PrismaClient, Prisma } from '@tandem/db';
import type { PartnerItemFields } from '@tandem/validators';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { contentHashOf, type ReviewedFields } from './item-fields.ts';
import { storePartnerImage } from './partner-images.ts';
import type { ImageBytes } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface SaveItemCommand {
  partnerId: string;
  itemId?: string;
  /** A new item's form key: the same key again returns that item (double submits, retries). */
  createKey?: string;
  fields: PartnerItemFields;
  image?: ImageBytes;
  mediaDir: string;
}

/** Store category ids of these slugs; an unknown slug is the partner's mistake to hear about. */
export async function categoryIdsOf(db: Db, slugs: readonly string[]): Promise<{ ids: string[]; unknown: string[] }> {
  if (slugs.length === 0) return { ids: [], unknown: [] };
  const rows = await db.category.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  return { ids: rows.map((r) => r.id), unknown: slugs.filter((s) => !rows.some((r) => r.slug === s)) };
}

/** Sets an item's reviewed fields: PENDING again (review cleared) when they changed. */
export function reviewedData(fields: ReviewedFields, previousHash: string | null) {
  const contentHash = contentHashOf(fields);
  const changed = contentHash !== previousHash;
  return { ...fields, categoryIds: [...fields.categoryIds], keywords: [...new Set(fields.keywords)], contentHash, ...(changed ? { status: 'PENDING' as const, reviewNote: null, reviewedAt: null, reviewedById: null } : {}) };
}

const SAVED = { id: true, status: true } as const;

/** The item an earlier save with this form key created, if any. */
function createdWithKey(db: Db, partnerId: string, createKey: string | undefined) {
  return createKey ? db.partnerContentItem.findFirst({ where: { partnerId, createKey }, select: SAVED }) : Promise.resolve(null);
}

export async function savePartnerItem(prisma: PrismaClient, cmd: SaveItemCommand): Promise<{ id: string; status: string }> {
  const key = cmd.itemId ? undefined : cmd.createKey;
  // A repeated create answers with the first item before storing another image.
  const earlier = await createdWithKey(prisma, cmd.partnerId, key);
  if (earlier) return earlier;
  const existing = cmd.itemId ? await prisma.partnerContentItem.findFirst({ where: { id: cmd.itemId, partnerId: cmd.partnerId } }) : null;
  if (cmd.itemId && !existing) throw new NotFoundError('Item', cmd.itemId);
  const { ids, unknown } = await categoryIdsOf(prisma, cmd.fields.categories);
  if (unknown.length) throw new DomainError('invalid_input', `No store category is called ${unknown.join(', ')}.`);
  const imageUrl = cmd.image ? await storePartnerImage(cmd.mediaDir, cmd.partnerId, cmd.image) : (existing?.imageUrl ?? null);
  const { categories: _slugs, ...rest } = cmd.fields;
  const data = reviewedData({ ...rest, imageUrl, categoryIds: ids }, existing?.contentHash ?? null);
  if (existing) return prisma.partnerContentItem.update({ where: { id: existing.id }, data, select: SAVED });
  try {
    return await prisma.partnerContentItem.create({ data: { ...data, partnerId: cmd.partnerId, origin: 'PORTAL', createKey: key ?? null }, select: SAVED });
  } catch (error) {
    // Two saves with one key raced: the unique (partner, key) let one in; answer with it.
    const winner = await createdWithKey(prisma, cmd.partnerId, key);
    if (winner) return winner;
    throw error;
  }
}

export async function deletePartnerItem(prisma: PrismaClient, partnerId: string, itemId: string): Promise<void> {
  const { count } = await prisma.partnerContentItem.deleteMany({ where: { id: itemId, partnerId } });
  if (count === 0) throw new NotFoundError('Item', itemId);
}
