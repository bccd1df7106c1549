// The API's services are built once per process; each request gets them plus what it says
// about itself (tokens, address), which the base procedures turn into a signed-in customer.
import path from 'node:path';
import { createAccountsService, type AccountsServiceOptions } from '@tandem/core/accounts';
import { createCartService } from '@tandem/core/carts';
import { createCatalogService, type CatalogServiceOptions } from '@tandem/core/catalog';
import { createPersonalizationService } from '@tandem/core/personalization';
import { createSupportService, type SupportServiceOptions } from '@tandem/core/support';
import { createConfiguratorService, type ConfiguratorServiceOptions } from '@tandem/core/configurator';
import { createOffersService, type OffersServiceOptions } from '@tandem/core/offers';
import { createSearchService, readSearchStatus, requestReindex } from '@tandem/core/search';
import { createSentEmailService } from '@tandem/core/notifications';
import { createAdminOrderService, createOrderService, documentAttachmentRenderer, createReturnsAdminService, createShopperReturnsService, productRevenue } from '@tandem/core/orders';
import { createCheckoutService, createPaymentSettingsAdminService, createPickupSettingsAdminService } from '@tandem/core/checkout';
import { createGroupBuyService } from '@tandem/core/group-buys';
import { createCartPricingService, createPricingRulesCache, type CustomerHintsSource } from '@tandem/core/pricing';
import { createPartnerAccountsService, type PartnerAccountsOptions } from '@tandem/core/partners';
import { createPartnerContentService, type PartnerContentServiceOptions } from '@tandem/core/partners';
import { createAffiliateService, createPartnerRingService, createPartnerWidgetService, referringPartnerId } from '@tandem/core/partners';
import { segmentKeysOf } from '@tandem/core/personalization';
import { WIDGET_VERSION } from '@tandem/widget/version';
import { defaultMediaDir } from '@tandem/db/seed';
import { randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import type { Clock } from '@tandem/core/shared';
import { providersOf, type PaymentProvider, type PaymentProviders } from '@tandem/payments';
import type { SearchEngine } from '@tandem/search';
import { createCatalogAdminService } from '@tandem/core/catalog';
import { createConfiguratorAdminService } from '@tandem/core/configurator';
import { createCustomersAdminService } from '@tandem/core/customers';
import { createDashboardsService } from '@tandem/core/dashboards';
import { createGroupBuyAdminService } from '@tandem/core/group-buys';
import { createAffiliateAdminService, createRingsAdminService } from '@tandem/core/partners';
import { createPersonalizationAdminService } from '@tandem/core/personalization';
import { createPricingAdminService } from '@tandem/core/pricing';
import { createAuditService, sessionLimitsFor, type StaffActor } from '@tandem/core/staff';

export interface ApiServicesOptions {
  /** The storefront's public base URL (STOREFRONT_URL), for every link the services write: e-mails, newsletters. */
  storefrontUrl: string;
  catalog?: CatalogServiceOptions;
  /** Pricing: `cacheRules` keeps promotions and price lists per catalog version; only for a host that follows the version (apps/api). */
  pricing?: { cacheRules?: boolean };
  /** Accounts: hashing cost and clock (the services' clock by default); the session policy is the staff context's. */
  accounts?: Omit<AccountsServiceOptions, 'storefrontUrl' | 'sessionPolicy'>;
  /** Customer service: response targets, auto-answers and its clock. */
  support?: Omit<SupportServiceOptions, 'storefrontUrl'>;
  configurator?: ConfiguratorServiceOptions;
  offers?: OffersServiceOptions;
  /** The payment provider the composition root chose at start-up (apps/api: from the environment): refunds, webhooks, group buys. */
  payments: PaymentProvider;
  /**
   * The providers checkout pays each payment method through (apps/api: `createPaymentProviders`).
   * Absent: `payments` alone, which settles bank transfer and pickup when it is a manual provider
   * (offline) and pays cards otherwise.
   */
  paymentMethods?: PaymentProviders;
  /** The search engine the composition root chose at start-up (apps/api: from the environment). */
  search: SearchEngine;
  /** Where services, jobs and routers read the time (the composition root: the machine's clock). */
  clock: Clock;
  /** Partner accounts: the clock. */
  partnerAccounts?: Omit<PartnerAccountsOptions, 'storefrontUrl'>;
  /** Partners' shared products: where their images are stored (the media folder by default). */
  partnerContent?: Partial<PartnerContentServiceOptions>;
  /** Affiliate tracking: the key of the click address digests (random per process when absent). */
  affiliate?: { ipHashKey?: string | undefined };
  /** Partner widget and rings: the API's public address, as partner pages load the script from it. */
  partners?: { apiPublicUrl?: string };
  /** Where uploaded product images are stored (MEDIA_DIR); `.data/media` when absent. */
  mediaDir?: string;
  /** Returns: the days after delivery a return may be asked for (RETURN_WINDOW_DAYS; 30 when absent). */
  returns?: { windowDays?: number | undefined };
}

export function createApiServices(prisma: PrismaClient, options: ApiServicesOptions) {
  const { storefrontUrl } = options;
  const payments = options.payments;
  const providers = options.paymentMethods ?? providersOf(payments);
  const { clock } = options;
  const apiPublicUrl = options.partners?.apiPublicUrl ?? 'http://127.0.0.1:4000';
  const mediaDir = path.resolve(options.mediaDir ?? '.data/media');
  const catalog = createCatalogService(prisma, options.catalog);
  const accounts = createAccountsService(prisma, { now: () => clock.now(), ...options.accounts, storefrontUrl, sessionPolicy: sessionLimitsFor });
  // One cache for quotes and checkout (checkout checks its version inside the order's transaction).
  const pricingRules = options.pricing?.cacheRules ? createPricingRulesCache(prisma, catalog.followedVersion) : undefined;
  return {
    prisma,
    payments,
    clock,
    catalog,
    accounts,
    carts: createCartService(prisma),
    personalization: createPersonalizationService(prisma, { storefrontUrl }),
    support: createSupportService(prisma, { ...options.support, storefrontUrl }),
    configurator: createConfiguratorService(prisma, options.configurator),
    offers: createOffersService(prisma, { now: () => clock.now(), ...options.offers, recentRevenue: (ids, o) => productRevenue(prisma, ids, o) }),
    search: createSearchService(options.search),
    partnerAccounts: createPartnerAccountsService(prisma, { ...options.partnerAccounts, storefrontUrl }),
    partnerContent: createPartnerContentService(prisma, { mediaDir: options.partnerContent?.mediaDir ?? defaultMediaDir }),
    adminOrders: createAdminOrderService(prisma, { payments, storefrontUrl, now: () => clock.now() }),
    // shopper and partner services
    checkout: createCheckoutService(prisma, { providers, clock, signUp: accounts.signUp, rules: pricingRules }),
    orders: createOrderService(prisma, () => clock.now()),
    /** The shopper's cancel and returns (account or guest link). */
    returns: createShopperReturnsService(prisma, { payments, returnWindowDays: options.returns?.windowDays, now: () => clock.now() }),
    pricing: createCartPricingService(prisma, { clock, hintsFor: customerHintsFrom(prisma), rules: pricingRules }),
    groupBuys: createGroupBuyService(prisma, { payments, clock }),
    affiliate: createAffiliateService(prisma, { ipHashKey: options.affiliate?.ipHashKey || randomBytes(32).toString('hex') }),
    partnerWidget: createPartnerWidgetService(prisma, { apiPublicUrl, widgetVersion: WIDGET_VERSION, clock }),
    rings: createPartnerRingService(prisma, { apiPublicUrl }),
    // admin services
    adminCatalog: createCatalogAdminService(prisma, { mediaDir }),
    adminConfigurator: createConfiguratorAdminService(prisma),
    adminPricing: createPricingAdminService(prisma, { clock }),
    adminGroupBuys: createGroupBuyAdminService(prisma, { clock }),
    adminAffiliate: createAffiliateAdminService(prisma, { clock }),
    adminRings: createRingsAdminService(prisma, { clock }),
    adminPersonalization: createPersonalizationAdminService(prisma, { clock }),
    adminDashboards: createDashboardsService(prisma, { clock }),
    adminCustomers: createCustomersAdminService(prisma, { clock }),
    adminReturns: createReturnsAdminService(prisma, { payments, now: () => clock.now() }),
    adminAudit: createAuditService(prisma),
    adminPaymentSettings: createPaymentSettingsAdminService(prisma, { providers }),
    adminPickupSettings: createPickupSettingsAdminService(prisma),
    /** The search engine's figures, its failed tasks and the failed sync jobs (admin → Catalog → Search). */
    searchStatus: () => readSearchStatus(prisma, options.search, clock.now(), (error) => console.error('search status: the search engine did not answer:', error)),
    /** Starts a full rebuild for a staff member (admin → Catalog → Search); refused while one runs in any process. */
    searchReindex: (actor: StaffActor) => requestReindex(prisma, options.search, actor, (error) => console.error('search reindex failed (the previous index stays live):', error)),
    adminEmails: createSentEmailService(prisma, documentAttachmentRenderer(prisma)),
  };
}

export type ApiServices = ReturnType<typeof createApiServices>;

/**
 * What pricing cannot know itself, from the contexts that own it: the referring partner of the
 * visitor's referral token (partners' affiliate tracking, at the machine's time as before) and
 * where the shopper's segments are kept (personalization), for partner-only and targeted promotions.
 */
function customerHintsFrom(prisma: PrismaClient): CustomerHintsSource {
  return async (referralToken) => ({
    referringPartnerId: await referringPartnerId(prisma, referralToken),
    segmentKeysOf: (customerId) => segmentKeysOf(prisma, customerId),
  });
}

/** What a request carries. Front ends keep the tokens in HttpOnly cookies and forward them. */
export interface RequestAuth {
  /** From `Authorization: Bearer <token>`. */
  sessionToken: string | null;
  /** From `X-Cart-Token`: the anonymous cart of a shopper who is not signed in (yet). */
  cartToken: string | null;
  /** The shopper's address, for rate limits. */
  ip: string;
  userAgent: string;
  /** A partner API key (`tpk_…`), from `X-Partner-Key` or `Authorization: Bearer tpk_…`. */
  partnerKey?: string | null;
  /** From `X-Referral`: the visitor's affiliate referral token (the storefront's attribution cookie). */
  referralToken?: string | null;
}

export const anonymousRequest: RequestAuth = { sessionToken: null, cartToken: null, ip: '127.0.0.1', userAgent: '' };

/** Who to quote when a request fails, and how much its error responses may say. */
export interface RequestDiagnostics {
  /** The request's id: in error responses and in the server log lines about the request. */
  id: string;
  /** Add stacks to error responses: only when the host runs in development, never by default. */
  exposeErrorDetails: boolean;
}

/** The context of one request; callers without an HTTP request (tests, jobs) get a fresh id. */
export function createApiContext(services: ApiServices, auth: RequestAuth = anonymousRequest, request: RequestDiagnostics = { id: randomUUID(), exposeErrorDetails: false }) {
  return { services, auth, request };
}
