// The demo store's data beyond the catalog (which @tandem/db/seed loads): price-comparison feeds,
// a clearance rule, staff and partner accounts, and a synthetic behaviour log. Kept out of core, which only offers
// the public doors this seeding goes through; the API's start-up (SEED_DEMO) and the benchmarks
// are its users.
export { seedDemoOffers, demoOfferFeeds } from './offers/seed-demo-offers.ts';
export { seedDemoClearance, DEMO_CLEARANCE_RULE } from './pricing/demo-clearance.ts';
export { DEMO_STAFF, DEMO_STAFF_PASSWORD, ensureDemoStaff } from './staff/demo-staff.ts';
export { DEMO_PARTNERS, DEMO_PARTNER_PASSWORD, ensureDemoPartners, type DemoPartnerOptions } from './partners/demo-partners.ts';
export { loadDemoBehaviour, seedDemoBehaviour, type DemoBehaviourOptions } from './personalization/demo-behaviour.ts';
export { DEMO_RING, DEMO_SITES, demoSiteAddresses, type DemoSite, type DemoSiteAddress } from './sites/demo-sites.ts';
export { ensureDemoRing, type DemoRingReport } from './sites/demo-ring.ts';
export { startDemoSites, type DemoSitesServerOptions, type RunningDemoSites } from './sites/demo-sites-server.ts';
export { DEMO_CUSTOMER_PASSWORD, DEMO_GROUP_BUY, DEMO_RIDERS, ensureDemoGroupBuy, type DemoGroupBuyOptions, type DemoGroupBuyReport } from './group-buys/demo-group-buy.ts';
