import { accountRouter } from './routers/account.ts';
import { adminAuditRouter } from './routers/admin-audit.ts';
import { adminSettingsRouter } from './routers/admin-settings.ts';
import { adminEmailsRouter } from './routers/admin-emails.ts';
import { adminCatalogRouter } from './routers/admin-catalog.ts';
import { adminConfiguratorRouter } from './routers/admin-configurator.ts';
import { adminDashboardsRouter } from './routers/admin-dashboards.ts';
import { adminCustomersRouter } from './routers/admin-customers.ts';
import { adminOrdersRouter } from './routers/admin-orders.ts';
import { adminReturnsRouter } from './routers/admin-returns.ts';
import { guestOrdersRouter } from './routers/guest-orders.ts';
import { adminPersonalizationRouter } from './routers/admin-personalization.ts';
import { adminSearchRouter } from './routers/admin-search.ts';
import { adminSupportRouter } from './routers/admin-support.ts';
import { authRouter } from './routers/auth.ts';
import { cartRouter } from './routers/cart.ts';
import { catalogRouter } from './routers/catalog.ts';
import { checkoutRouter } from './routers/checkout.ts';
import { configuratorRouter } from './routers/configurator.ts';
import { offersRouter } from './routers/offers.ts';
import { ordersRouter } from './routers/orders.ts';
import { personalDataRouter } from './routers/personal-data.ts';
import { recommendationsRouter } from './routers/recommendations.ts';
import { staffRouter } from './routers/staff.ts';
import { supportRouter } from './routers/support.ts';
import { searchRouter } from './routers/search.ts';
import { adminPricingRouter } from './routers/admin-pricing.ts';
import { promotionsRouter } from './routers/promotions.ts';
import { partnersRouter } from './routers/partners.ts';
import { partnerApiRouter } from './routers/partner-api.ts';
import { adminPartnersRouter } from './routers/admin-partners.ts';
import { partnerContentRouter } from './routers/partner-content.ts';
import { adminPartnerContentRouter } from './routers/admin-partner-content.ts';
import { affiliateRouter } from './routers/affiliate.ts';
import { adminAffiliateRouter } from './routers/admin-affiliate.ts';
import { partnerWidgetRouter } from './routers/partner-widget.ts';
import { ringsRouter } from './routers/rings.ts';
import { adminRingsRouter } from './routers/admin-rings.ts';
import { groupBuysRouter } from './routers/group-buys.ts';
import { adminGroupBuysRouter } from './routers/admin-group-buys.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  catalog: catalogRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  guestOrders: guestOrdersRouter,
  auth: authRouter,
  account: accountRouter,
  support: supportRouter,
  recommendations: recommendationsRouter,
  personalData: personalDataRouter,
  adminOrders: adminOrdersRouter,
  adminReturns: adminReturnsRouter,
  adminCustomers: adminCustomersRouter,
  adminSupport: adminSupportRouter,
  adminAudit: adminAuditRouter,
  adminSettings: adminSettingsRouter,
  adminEmails: adminEmailsRouter,
  adminPersonalization: adminPersonalizationRouter,
  configurator: configuratorRouter,
  adminConfigurator: adminConfiguratorRouter,
  adminCatalog: adminCatalogRouter,
  adminSearch: adminSearchRouter,
  offers: offersRouter,
  search: searchRouter,
  staff: staffRouter,
  adminDashboards: adminDashboardsRouter,
  promotions: promotionsRouter,
  adminPricing: adminPricingRouter,
  partners: partnersRouter,
  partnerApi: partnerApiRouter,
  adminPartners: adminPartnersRouter,
  partnerContent: partnerContentRouter,
  adminPartnerContent: adminPartnerContentRouter,
  affiliate: affiliateRouter,
  adminAffiliate: adminAffiliateRouter,
  partnerWidget: partnerWidgetRouter,
  rings: ringsRouter,
  adminRings: adminRingsRouter,
  groupBuys: groupBuysRouter,
  adminGroupBuys: adminGroupBuysRouter,
});

/** The API's type, imported by every tRPC client (storefront, admin, third parties). */
export type AppRouter = typeof appRouter;
