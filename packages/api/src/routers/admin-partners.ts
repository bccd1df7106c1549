// The admin's partners area (permission `partners`): the list, one partner's page, and the
// decisions on applications and partners. Each decision is audited and e-mailed by the service.
import { AdminPartnerListInput, PartnerIdInput, RejectPartnerInput, SuspendPartnerInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';

const reviewer = staffProcedure('partners');
/** Decisions that give an account the partner role (API keys, commissions): the password again first. */
const grantor = sensitiveStaffProcedure('partners');

export const adminPartnersRouter = router({
  list: reviewer.input(AdminPartnerListInput).query(({ ctx, input }) => ctx.services.partnerAccounts.admin.list(input)),
  detail: reviewer.input(PartnerIdInput).query(({ ctx, input }) => ctx.services.partnerAccounts.admin.detail(input.id)),

  approve: grantor.input(PartnerIdInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.admin.approve(ctx.staff, input.id)),
  /** The reason is shown to the applicant. */
  reject: reviewer.input(RejectPartnerInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.admin.reject(ctx.staff, input.id, input.reason)),
  suspend: reviewer.input(SuspendPartnerInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.admin.suspend(ctx.staff, input.id, input.reason)),
  reinstate: grantor.input(PartnerIdInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.admin.reinstate(ctx.staff, input.id)),
});
