// The partners context's only public door: partner accounts, affiliate tracking, widgets,
// shared content and web rings.
export { findApprovedPartner, type ApprovedPartner } from './approved-partner.ts';
export { crosslinksFor, findWidgetPartner, recordWidgetImpression, trackedLink, widgetImpressions, type CrosslinkItem, type CrosslinksDeps, type CrosslinksResponse } from './widget/crosslinks.ts';
export { widgetCorsOrigin, type WidgetPartnerAccess } from './widget/widget-cors.ts';
export { pickRingTarget, type NavigableMember, type RingDirection } from './rings/ring-navigation.ts';
export { navigateRing, type RingNavigation, type RingNavigationTarget } from './rings/navigate-ring.ts';
export { assessRingPage, pageCarriesRingBar, type RingPageFetch, type RingPageFetcher, type RingPageVerdict } from './rings/ring-page-check.ts';
export { checkRingHealth, type RingHealthOptions, type RingHealthReport } from './rings/check-ring-health.ts';
export { decideJoinRequest, leaveRing, pageBelongsToPartner, reorderRingMembers, requestToJoinRing, type RingPartner } from './rings/join-requests.ts';
export { createRing, removeRingMember, updateRing, type RingFields } from './rings/staff-rings.ts';
export { adminRingList, listRings, partnerRings, ringDetail, ringIndex } from './rings/ring-views.ts';
export type { RingActor } from './rings/ring-actor.ts';
export { ringSnippets, widgetSnippets, type RingSnippets, type WidgetSnippetInput, type WidgetSnippets } from './widget/snippets.ts';
