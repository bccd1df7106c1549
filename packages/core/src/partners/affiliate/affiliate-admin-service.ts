// Administrators' side of the affiliate programme, bound to one database and the clock:
// settings and rules, commissions with approve-early and claw-back, the payout report and
// payouts. Every write is audited by the function it calls, in its transaction.
import type { PrismaClient } from '@tandem/db';
import { systemClock, type Clock } from '../../shared/index.ts';
import type { StaffActor } from '../../staff/index.ts';
import { approveCommissionEarly, clawBackCommission } from './commission-admin.ts';
import { listCommissions, type CommissionFilter } from './commission-views.ts';
import { markPayoutPaid, payoutReport, payoutReportCsv, type MarkPayoutPaidInput } from './payouts.ts';
import { programRow } from './program.ts';
import { deleteCommissionRule, listCommissionRules, partnerOptions, saveCommissionRule, updateProgram, type ProgramUpdate, type RuleInput } from './program-admin.ts';

export interface AffiliateAdminServiceOptions {
  /** Where "now" comes from (approving a commission early); the machine's clock when absent. */
  clock?: Clock;
}

/**
 * The affiliate programme as staff run it.
 *
 * @example const affiliate = createAffiliateAdminService(db.prisma); await affiliate.payoutReportCsv()
 */
export function createAffiliateAdminService(prisma: PrismaClient, options: AffiliateAdminServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  return {
    program: () => programRow(prisma),
    saveProgram: (actor: StaffActor, update: ProgramUpdate) => updateProgram(prisma, actor, update),
    rules: () => listCommissionRules(prisma),
    saveRule: (actor: StaffActor, input: RuleInput) => saveCommissionRule(prisma, actor, input),
    deleteRule: (actor: StaffActor, ruleId: string) => deleteCommissionRule(prisma, actor, ruleId),
    /** Partners to filter by and to pick in rules (id, code, name, status). */
    partnerOptions: () => partnerOptions(prisma),
    commissions: (filter: CommissionFilter) => listCommissions(prisma, filter),
    approveEarly: (actor: StaffActor, commissionId: string) => approveCommissionEarly(prisma, actor, commissionId, clock.now()),
    clawBack: (actor: StaffActor, commissionId: string) => clawBackCommission(prisma, actor, commissionId),
    payoutReport: () => payoutReport(prisma),
    /** The payout report as CSV, one row per partner and currency. */
    payoutReportCsv: async () => payoutReportCsv(await payoutReport(prisma)),
    markPayoutPaid: (actor: StaffActor, input: MarkPayoutPaidInput) => markPayoutPaid(prisma, actor, input),
  };
}

export type AffiliateAdminService = ReturnType<typeof createAffiliateAdminService>;
