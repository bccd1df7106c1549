// Administrators' side of the affiliate programme (permission `partners`): settings and rules,
// commissions with approve-early and claw-back, the payout report (also as CSV) and payouts.
// Every write is audited by the core service in its transaction.
import { AdminCommissionsInput, CommissionIdInput, CommissionRuleIdInput, CommissionRuleInput, MarkPayoutPaidInput, ProgramSettingsInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';

const partners = staffProcedure('partners');
/** Money owed or paid to partners: the password again first (see sensitiveStaffProcedure). */
const payer = sensitiveStaffProcedure('partners');

export const adminAffiliateRouter = router({
  program: partners.query(({ ctx }) => ctx.services.adminAffiliate.program()),
  saveProgram: partners.input(ProgramSettingsInput).mutation(({ ctx, input }) => ctx.services.adminAffiliate.saveProgram(ctx.staff, input)),
  rules: partners.query(({ ctx }) => ctx.services.adminAffiliate.rules()),
  saveRule: partners.input(CommissionRuleInput).mutation(({ ctx, input }) => ctx.services.adminAffiliate.saveRule(ctx.staff, input)),
  deleteRule: partners.input(CommissionRuleIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminAffiliate.deleteRule(ctx.staff, input.ruleId);
    return { deleted: true };
  }),
  /** Partners to filter by and to pick in rules (id, code, name, status). */
  partnerOptions: partners.query(({ ctx }) => ctx.services.adminAffiliate.partnerOptions()),
  commissions: partners.input(AdminCommissionsInput).query(({ ctx, input }) => ctx.services.adminAffiliate.commissions(input)),
  approveEarly: payer.input(CommissionIdInput).mutation(({ ctx, input }) => ctx.services.adminAffiliate.approveEarly(ctx.staff, input.commissionId)),
  clawBack: partners.input(CommissionIdInput).mutation(({ ctx, input }) => ctx.services.adminAffiliate.clawBack(ctx.staff, input.commissionId)),
  payoutReport: partners.query(({ ctx }) => ctx.services.adminAffiliate.payoutReport()),
  payoutReportCsv: partners.query(async ({ ctx }) => ({ csv: await ctx.services.adminAffiliate.payoutReportCsv() })),
  markPayoutPaid: payer.input(MarkPayoutPaidInput).mutation(({ ctx, input }) => ctx.services.adminAffiliate.markPayoutPaid(ctx.staff, input)),
});
