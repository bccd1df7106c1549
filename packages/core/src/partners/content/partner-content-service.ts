// Partner content as the API uses it: one instance per process, holding the impression counter
// that page reads add to and a periodic job flushes.
import type { PrismaClient } from '@tandem/db';
import type { ReviewPartnerItemInput, SavePartnerItemInput } from '@tandem/validators';
import { PartnerItemFields } from '@tandem/validators';
import type { StaffActor } from '../../staff/index.ts';
import { ImpressionCounter, outboundClicksByPartner, partnerItemStats, recordOutboundClick } from './content-stats.ts';
import { setPartnerFeed } from './feed-jobs.ts';
import { partnerItemsForReview, reviewPartnerItem } from './review-items.ts';
import { deletePartnerItem, savePartnerItem } from './save-item.ts';
import { partnerItemsForCategory, partnerItemsForProduct } from './shown-items.ts';
import { partnerFeedState, partnerOwnItems } from './stats-and-lists.ts';

export interface PartnerContentServiceOptions {
  /** The store's media folder (images are written under partner-content/). */
  mediaDir: string;
}

const DAY = 86_400_000;

export function createPartnerContentService(prisma: PrismaClient, options: PartnerContentServiceOptions) {
  const impressions = new ImpressionCounter();
  const shown = <T extends { id: string }>(items: T[]) => {
    impressions.add(items.map((i) => i.id));
    return items;
  };
  return {
    impressions,
    /** Flushes counted impressions; called by an interval job (and on shutdown). */
    flushImpressions: () => impressions.flush(prisma),
    forProduct: async (productId: string, limit: number) => shown(await partnerItemsForProduct(prisma, productId, limit)),
    forCategory: async (categorySlug: string, limit: number) => shown(await partnerItemsForCategory(prisma, categorySlug, limit)),
    click: (itemId: string) => recordOutboundClick(prisma, itemId),
    mine: async (partnerId: string) => ({ items: await partnerOwnItems(prisma, partnerId), feed: await partnerFeedState(prisma, partnerId) }),
    save: (partnerId: string, input: SavePartnerItemInput) => {
      const { id, image, createKey, ...fields } = input;
      return savePartnerItem(prisma, {
        partnerId,
        ...(id ? { itemId: id } : {}),
        ...(createKey ? { createKey } : {}),
        fields: PartnerItemFields.parse(fields),
        ...(image ? { image: { bytes: Buffer.from(image.base64, 'base64'), contentType: image.contentType } } : {}),
        mediaDir: options.mediaDir,
      });
    },
    remove: (partnerId: string, itemId: string) => deletePartnerItem(prisma, partnerId, itemId),
    setFeed: (partnerId: string, url: string | null) => setPartnerFeed(prisma, partnerId, url),
    stats: (partnerId: string, days: number) => partnerItemStats(prisma, partnerId, new Date(Date.now() - days * DAY)),
    reviewQueue: (status?: 'PENDING' | 'APPROVED' | 'REJECTED') => partnerItemsForReview(prisma, status),
    review: (actor: StaffActor, input: ReviewPartnerItemInput) => reviewPartnerItem(prisma, actor, input),
    clicksByPartner: (days: number) => outboundClicksByPartner(prisma, new Date(Date.now() - days * DAY)),
  };
}

export type PartnerContentService = ReturnType<typeof createPartnerContentService>;
