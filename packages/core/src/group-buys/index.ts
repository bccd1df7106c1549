// The group-buys context's only public door: deals whose price drops by tiers as buyers join,
// authorised at join and captured at the final tier when the deadline job closes them.
export { joinGroupBuy, SETTLEMENT_GRACE_MS, type JoinGroupBuyInput } from './join-group-buy.ts';
export { leaveGroupBuy } from './leave-group-buy.ts';
export { createGroupBuyService, type GroupBuyService, type GroupBuyServiceOptions } from './group-buy-service.ts';
export { closeGroupBuy, SettlementIncompleteError, type CloseResult } from './close-group-buy.ts';
export { createGroupBuy, closeGroupBuyNow, cancelGroupBuy } from './manage-group-buys.ts';
export { createGroupBuyAdminService, type GroupBuyAdminService, type GroupBuyAdminServiceOptions } from './group-buy-admin-service.ts';
export { groupBuyPage, groupBuysForProduct, listGroupBuys, groupBuyDetail, type GroupBuyPage } from './group-buy-views.ts';
export { groupBuyJobHandlers } from './group-buy-jobs.ts';
export { GROUP_BUY_CLOSE_JOB, GROUP_BUY_RELEASE_JOB } from './job-kinds.ts';
export { tierAt, nextTier, afterJoin, afterLeave, closeOutcome, finalCharge, ladderOf, type GroupBuyTierRule } from './tiers.ts';
