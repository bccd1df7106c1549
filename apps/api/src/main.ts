// Starts the API: opens the database picked by the environment, applies pending migrations,
// loads the demo catalog into an empty database, and serves HTTP until told to stop.
import path from 'node:path';
import { catalogImportJobHandlers } from '@tandem/core/catalog';
import { refreshAllFromPrices } from '@tandem/core/configurator';
import { relayOutbox } from '@tandem/core/notifications';
import { applySellerDetails, expireUnpaidOrders, remindUnpaidBankTransfers } from '@tandem/core/orders';
import { approveMaturedCommissions } from '@tandem/core/partners';
import { searchJobHandlers } from '@tandem/core/search';
import { recommendationJobHandlers, segmentJobHandlers } from '@tandem/core/personalization';
import { evaluateClearance } from '@tandem/core/pricing';
import { enqueueDuePartnerFeeds, partnerFeedJobHandlers } from '@tandem/core/partners';
import { groupBuyJobHandlers } from '@tandem/core/group-buys';
import { orderEventHandlers } from '@tandem/api';
import { applyPendingMigrations, defaultDataDir, openDatabase } from '@tandem/db';
import { defaultMediaDir, seedDemoCatalog } from '@tandem/db/seed';
import { seedDemoClearance, seedDemoOffers } from '@tandem/demo';
import { createPaymentProviders } from '@tandem/payments/from-env';
import { mailerFromEnv } from './mail/mailer-from-env.ts';
import { seedDemoStaff } from './demo-staff.ts';
import { seedDemoPartners } from './demo-partners.ts';
import { readEnv } from './env.ts';
import { startIntervalJob } from './interval-job.ts';
import { clockFromEnv } from './test-clock.ts';
import { startJobWorker } from './job-worker.ts';
import { followCatalogVersion } from './catalog-invalidation.ts';
import { startPersonalizationJobs } from './personalization-jobs.ts';
import { startSearch } from './search-wiring.ts';
import { createApiServer } from './server.ts';
import { startRingHealthJob } from './ring-health-job.ts';
import { createPartnerContentFetcher } from './outbound/partner-content-fetcher.ts';

const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir });
const mediaDir = path.resolve(env.MEDIA_DIR ?? defaultMediaDir);

const applied = await applyPendingMigrations(db.adapterFactory);
if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);

if (env.SEED_DEMO && (await db.prisma.product.count()) === 0) {
  console.log('Empty database: loading the demo catalog…');
  const seeded = await seedDemoCatalog(db.prisma, { mediaDir, log: (line) => console.log(`  ${line}`) });
  console.log(`Demo catalog ready: ${seeded.products} products.`);
  await seedDemoOffers(db.prisma, (line) => console.log(`  ${line}`));
  console.log(`  Clearance prices for ${await seedDemoClearance(db.prisma)} aged or overstocked apparel variant(s).`);
}
// Configurable products are listed "from" their cheapest valid build; the seed (below core) and
// databases from before that price existed leave it to the configurator, here.
await refreshAllFromPrices(db.prisma);
// Invoices snapshot the seller when they are issued; the environment sets what new ones say.
await applySellerDetails(db.prisma, {
  legalName: env.SELLER_LEGAL_NAME,
  address: env.SELLER_ADDRESS?.split('|').map((l) => l.trim()).filter(Boolean),
  vatId: env.SELLER_VAT_ID,
});
await seedDemoStaff(db.prisma, env.SEED_DEMO);
await seedDemoPartners(db.prisma, env.SEED_DEMO, mediaDir);

// The adapters and the clock are chosen here, once, and handed to core as ports.
const clock = clockFromEnv(env.TEST_CLOCK_FILE, env.NODE_ENV);
// Bank transfer and pickup settle by hand (offline); card through Stripe when its keys are set.
// `payments` is the one refunds, webhooks and group buys use.
const paymentMethods = createPaymentProviders(process.env);
const payments = paymentMethods.primary;
const mailer = mailerFromEnv(env);
const search = await startSearch(db.prisma);
const server = createApiServer({
  db,
  mediaDir,
  storefrontUrl: env.STOREFRONT_URL,
  services: {
    catalog: { facetCacheTtlMs: env.CATALOG_FACET_CACHE_TTL_MS, readCacheTtlMs: env.CATALOG_READ_CACHE_TTL_MS },
    payments,
    paymentMethods,
    search,
    clock,
    affiliate: { ipHashKey: env.AFFILIATE_IP_HASH_KEY },
    returns: { windowDays: env.RETURN_WINDOW_DAYS },
    partners: { apiPublicUrl: env.API_PUBLIC_URL ?? `http://${env.API_HOST}:${env.API_PORT}` },
  },
  clientAddress: { trustedProxies: env.TRUSTED_PROXIES, internalSecret: env.INTERNAL_API_SECRET },
  seo: { feedShippingCountries: env.FEED_SHIPPING_COUNTRIES },
  partners: { storeName: env.STORE_NAME },
  publicReads: { sMaxAgeSeconds: Math.ceil(env.CATALOG_READ_CACHE_TTL_MS / 1000), staleWhileRevalidateSeconds: 30 },
  exposeErrorDetails: env.NODE_ENV === 'development',
});
const partnerContent = server.services.partnerContent;
// Cached catalog reads follow every change, from this process or any other (catalog-invalidation.ts).
const stopCatalogFollow = await followCatalogVersion(db, server.services.catalog);
const stopJobs = [
  startIntervalJob('order expiry', env.ORDER_EXPIRY_INTERVAL_MS, () => expireUnpaidOrders(db.prisma, clock.now()), (n) => `Released the stock of ${n} unpaid order(s) past their reservation.`),
  startIntervalJob('payment reminders', env.ORDER_EXPIRY_INTERVAL_MS, () => remindUnpaidBankTransfers(db.prisma, { storefrontUrl: env.STOREFRONT_URL }, clock.now()), (n) => `Reminded ${n} shopper(s) of a bank transfer due within a day.`),
  startIntervalJob('clearance pricing', 3_600_000, () => evaluateClearance(db.prisma, clock.now()), (n) => `Clearance prices hold for ${n} variant(s).`),
  startIntervalJob('commission approval', env.COMMISSION_APPROVAL_INTERVAL_MS, () => approveMaturedCommissions(db.prisma, clock.now()), (n) => `Approved ${n} commission(s) past their hold window.`),
  startIntervalJob('outbox relay', 2_000, () => relayOutbox(db.prisma, mailer.send, { clock }), (n) => `Delivered ${n} e-mail(s) to ${mailer.deliveredTo}.`),
  ...(await startPersonalizationJobs(db.prisma, env, clock)),
  startIntervalJob('partner impressions', 10_000, () => partnerContent.flushImpressions(), (n) => `Recorded impressions of ${n} partner item-day(s).`),
  startIntervalJob('partner feeds', 3_600_000, () => enqueueDuePartnerFeeds(db.prisma, env.PARTNER_FEED_REFRESH_MS, clock.now()), (n) => `Queued ${n} partner content feed fetch(es).`),
  startRingHealthJob(db.prisma, env, clock),
];
const stopJobWorker = await startJobWorker(
  db,
  {
    ...searchJobHandlers(db.prisma, search),
    ...partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent: createPartnerContentFetcher({ allowPrivateHosts: env.PARTNER_FEED_ALLOW_PRIVATE_HOSTS }) }),
    ...groupBuyJobHandlers(db.prisma, payments),
    // Order events: commissions and the shopper's order e-mails (packages/api order-event-subscribers.ts).
    ...orderEventHandlers(db.prisma, { storefrontUrl: env.STOREFRONT_URL }),
  },
  env.JOB_POLL_INTERVAL_MS,
);
// Catalog imports and recommendation updates run for seconds to minutes: their own worker, so
// search sync never waits behind one.
const stopImportWorker = await startJobWorker(
  db,
  { ...catalogImportJobHandlers(db.prisma), ...recommendationJobHandlers(db.prisma, console.log), ...segmentJobHandlers(db.prisma, { now: () => clock.now(), onDone: console.log }) },
  env.JOB_POLL_INTERVAL_MS,
);
server.listen(env.API_PORT, env.API_HOST, () => {
  const where = db.kind === 'pglite' ? `embedded PGlite in ${env.PGLITE_DATA_DIR ?? defaultDataDir}` : 'PostgreSQL';
  console.log(`Tandem API listening on http://${env.API_HOST}:${env.API_PORT} (${where}; payments: ${payments.name}; search: ${search.name}; e-mail to ${mailer.deliveredTo})`);
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down the API…`);
  for (const stopJob of stopJobs) stopJob();
  mailer.close();
  await stopCatalogFollow();
  await stopJobWorker();
  await partnerContent.flushImpressions().catch((error: unknown) => console.error('Could not record partner impressions:', error));
  await stopImportWorker();
  server.close();
  server.closeAllConnections();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
