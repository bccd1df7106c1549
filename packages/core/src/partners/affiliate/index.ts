// Affiliate tracking, attribution, commissions and payouts (see docs/architecture.md, "Partners → affiliate").
export { isBotUserAgent, BOT_USER_AGENT_PATTERNS } from './bot-filter.ts';
export { createAffiliateService, type AffiliateService, type AffiliateServiceOptions } from './affiliate-service.ts';
export { recordClick, targetPathOf, type ClickInput, type ClickResult, type ClickOptions } from './record-click.ts';
export { attributedClick, referringPartnerId, recordOrderReferral, type AttributedClick } from './attribution.ts';
export { programSettings, programRow, type ProgramSettings } from './program.ts';
export { updateProgram, saveCommissionRule, deleteCommissionRule, listCommissionRules, partnerOptions, type ProgramUpdate, type RuleInput, type RuleView } from './program-admin.ts';
export { resolveCommissionRate, type CommissionRate, type CommissionRuleInput } from './commission-rules.ts';
export { earnedCommission, commissionAfterRefunds, goodsPaid } from './commission-math.ts';
export { approveMaturedCommissions } from './commissions.ts';
export { orderCommissionSubscriber } from './commission-subscriber.ts';
export { normaliseEmail } from './self-referral.ts';
export { listCommissions, commissionById, type CommissionView, type CommissionFilter } from './commission-views.ts';
export { approveCommissionEarly, clawBackCommission } from './commission-admin.ts';
export { createAffiliateAdminService, type AffiliateAdminService, type AffiliateAdminServiceOptions } from './affiliate-admin-service.ts';
export { payoutReport, payoutReportCsv, markPayoutPaid, payoutsOf, type PayoutDue, type PayoutView, type MarkPayoutPaidInput } from './payouts.ts';
export { partnerStats, partnerPerformance, type PartnerStats, type StatsRange, type PartnerPerformance } from './partner-stats.ts';
export { newReferralToken, isReferralToken } from './referral-token.ts';
