import { PartnerItemQueueInput, PartnerStatsInput, ReviewPartnerItemInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Staff with the `partners` permission (see @tandem/core/staff). */
const partnerStaff = staffProcedure('partners');

/** Moderation of partners' shared products and the store's outbound clicks per partner. */
export const adminPartnerContentRouter = router({
  queue: partnerStaff.input(PartnerItemQueueInput).query(({ ctx, input }) => ctx.services.partnerContent.reviewQueue(input.status)),
  review: partnerStaff.input(ReviewPartnerItemInput).mutation(({ ctx, input }) => ctx.services.partnerContent.review(ctx.staff, input)),
  clicksByPartner: partnerStaff.input(PartnerStatsInput).query(({ ctx, input }) => ctx.services.partnerContent.clicksByPartner(input.days)),
});
