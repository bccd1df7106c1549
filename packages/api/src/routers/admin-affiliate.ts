// Administrators' side of the affiliate programme (permission `partners`): settings and rules,
// commissions with approve-early and claw-back, the payout report (also as CSV) and payouts.
// Every write is audited by the core service in its transaction.
import {
  approveCommissionEarly, clawBackCommission, deleteCommissionRule, listCommissionRules, listCommissions, markPayoutPaid,
  partnerOptions, payoutReport, payoutReportCsv, programRow, saveCommissionRule, updateProgram,
} from '@tandem/core/partners';
import { AdminCommissionsInput, CommissionIdInput, CommissionRuleIdInput, CommissionRuleInput, MarkPayoutPaidInput, ProgramSettingsInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const partners = staffProcedure('partners');

export const adminAffiliateRouter = router({
  program: partners.query(({ ctx }) => programRow(ctx.services.prisma)),
  saveProgram: partners.input(ProgramSettingsInput).mutation(({ ctx, input }) => updateProgram(ctx.services.prisma, ctx.staff, input)),
  rules: partners.query(({ ctx }) => listCommissionRules(ctx.services.prisma)),
  saveRule: partners.input(CommissionRuleInput).mutation(({ ctx, input }) => saveCommissionRule(ctx.services.prisma, ctx.staff, input)),
  deleteRule: partners.input(CommissionRuleIdInput).mutation(async ({ ctx, input }) => {
    await deleteCommissionRule(ctx.services.prisma, ctx.staff, input.ruleId);
    return { deleted: true };
  }),
  /** Partners to filter by and to pick in rules (id, code, name, status). */
  partnerOptions: partners.query(({ ctx }) => partnerOptions(ctx.services.prisma)),
  commissions: partners.input(AdminCommissionsInput).query(({ ctx, input }) => listCommissions(ctx.services.prisma, input)),
  approveEarly: partners.input(CommissionIdInput).mutation(({ ctx, input }) => approveCommissionEarly(ctx.services.prisma, ctx.staff, input.commissionId, ctx.services.clock.now())),
  clawBack: partners.input(CommissionIdInput).mutation(({ ctx, input }) => clawBackCommission(ctx.services.prisma, ctx.staff, input.commissionId)),
  payoutReport: partners.query(({ ctx }) => payoutReport(ctx.services.prisma)),
  payoutReportCsv: partners.query(async ({ ctx }) => ({ csv: payoutReportCsv(await payoutReport(ctx.services.prisma)) })),
  markPayoutPaid: partners.input(MarkPayoutPaidInput).mutation(({ ctx, input }) => markPayoutPaid(ctx.services.prisma, ctx.staff, input)),
});
