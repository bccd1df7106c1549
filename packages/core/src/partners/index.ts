// The partners context's only public door: partner accounts, affiliate tracking, widgets,
// shared content and web rings.
export { findApprovedPartner, type ApprovedPartner } from './approved-partner.ts';
export { createPartnerAccountsService, type PartnerAccountsService, type PartnerAccountsOptions } from './accounts/accounts-service.ts';
export { authenticatePartnerKey, PARTNER_KEY_PATTERN, type PartnerKeyCheck } from './accounts/api-keys.ts';
export { codeBase, freeCode } from './accounts/partner-code.ts';
export { DEMO_PARTNERS, DEMO_PARTNER_PASSWORD, ensureDemoPartners } from './accounts/demo-partners.ts';
export type * from './accounts/types.ts';
export { savePartnerItem, deletePartnerItem, type SaveItemCommand } from './content/save-item.ts';
export { partnerItemsForReview, reviewPartnerItem } from './content/review-items.ts';
export { partnerItemsForProduct, partnerItemsForCategory } from './content/shown-items.ts';
export { ImpressionCounter, recordOutboundClick, partnerItemStats, outboundClicksByPartner, type ItemStats } from './content/content-stats.ts';
export { importPartnerFeed, readPartnerFeed, type PartnerFeedReport } from './content/import-partner-feed.ts';
export { setPartnerFeed, enqueueDuePartnerFeeds, partnerFeedJobHandlers, PARTNER_FEED_JOB, type PartnerFeedJobOptions } from './content/feed-jobs.ts';
export { partnerOwnItems, partnerFeedState } from './content/stats-and-lists.ts';
export { MAX_PARTNER_IMAGE_BYTES } from './content/partner-images.ts';
export type { PartnerItemCard, PartnerItemView } from './content/types.ts';
export { createPartnerContentService, type PartnerContentService, type PartnerContentServiceOptions } from './content/partner-content-service.ts';
export { seedDemoPartnerContent } from './content/demo-content.ts';
export * from './affiliate/index.ts';
