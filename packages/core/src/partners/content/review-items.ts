// Staff review partner items: the queue of PENDING items and an audited approve/reject.
import type { PrismaClient } from '@tandem/db';
import type { ReviewPartnerItemInput } from '@tandem/validators';
import { auditedChange } from '../../staff/index.ts';
import type { StaffActor } from '../../staff/index.ts';

const REVIEW_SELECT = {
  id: true, title: true, description: true, priceAmount: true, currency: true, url: true, imageUrl: true,
  keywords: true, categoryIds: true, status: true, reviewNote: true, origin: true, updatedAt: true,
  partner: { select: { id: true, name: true, code: true, status: true } },
} as const;

/** Items by status (PENDING by default), oldest change first so nothing waits forever. */
export async function partnerItemsForReview(prisma: PrismaClient, status: 'PENDING' | 'APPROVED' | 'REJECTED' = 'PENDING', limit = 100) {
  return prisma.partnerContentItem.findMany({ where: { status }, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], take: limit, select: REVIEW_SELECT });
}

export async function reviewPartnerItem(prisma: PrismaClient, actor: StaffActor, input: ReviewPartnerItemInput) {
  return auditedChange(prisma, actor, {
    action: `partners.content.${input.decision === 'APPROVED' ? 'approve' : 'reject'}`,
    entityType: 'PartnerContentItem',
    label: 'Partner item',
    id: input.itemId,
    load: (tx, id) => tx.partnerContentItem.findUnique({ where: { id }, select: { id: true, status: true, reviewNote: true, contentHash: true } }),
    apply: (tx) =>
      tx.partnerContentItem.update({
        where: { id: input.itemId },
        data: { status: input.decision, reviewNote: input.note ?? null, reviewedAt: new Date(), reviewedById: actor.id },
        select: { id: true, status: true, reviewNote: true, contentHash: true },
      }),
  });
}
