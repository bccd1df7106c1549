// The partners context's only public door: partner accounts, affiliate tracking, widgets,
// shared content and web rings.
export { findApprovedPartner, type ApprovedPartner } from './approved-partner.ts';
export { createPartnerAccountsService, type PartnerAccountsService, type PartnerAccountsOptions } from './accounts/accounts-service.ts';
export { authenticatePartnerKey, PARTNER_KEY_PATTERN, type PartnerKeyCheck } from './accounts/api-keys.ts';
export { codeBase, freeCode } from './accounts/partner-code.ts';
export { DEMO_PARTNERS, DEMO_PARTNER_PASSWORD, ensureDemoPartners } from './accounts/demo-partners.ts';
export type * from './accounts/types.ts';
