// One API process: opens the database picked by the environment, applies pending migrations,
// loads the demo catalog into an empty database, starts the background work and serves HTTP.
// main.ts runs one directly, or API_WORKERS of them as cluster workers (cluster-primary.ts).
import path from 'node:path';
import { catalogImportJobHandlers } from '@tandem/core/catalog';
import { refreshAllFromPrices } from '@tandem/core/configurator';
import { relayOutbox } from '@tandem/core/notifications';
import { applySellerDetails, documentAttachmentRenderer, expireUnpaidOrders, remindUnpaidBankTransfers } from '@tandem/core/orders';
import { approveMaturedCommissions } from '@tandem/core/partners';
import { searchJobHandlers } from '@tandem/core/search';
import { recommendationJobHandlers, segmentJobHandlers } from '@tandem/core/personalization';
import { evaluateClearance } from '@tandem/core/pricing';
import { enqueueDuePartnerFeeds, partnerFeedJobHandlers } from '@tandem/core/partners';
import { groupBuyJobHandlers } from '@tandem/core/group-buys';
import { orderEventHandlers } from '@tandem/api';
import { applyMigrationsIfPending, defaultDataDir, openDatabase } from '@tandem/db';
import { defaultMediaDir, seedDemoCatalog } from '@tandem/db/seed';
import { seedDemoClearance, seedDemoOffers } from '@tandem/demo';
import { createPaymentProviders } from '@tandem/payments/from-env';
import { mailerFromEnv } from './mail/mailer-from-env.ts';
import { seedDemoStaff } from './demo-staff.ts';
import { seedDemoPartners } from './demo-partners.ts';
import { seedDemoGroupBuy } from './demo-group-buy.ts';
import type { ApiEnv } from './env.ts';
import { startIntervalJob } from './interval-job.ts';
import { clockFromEnv } from './test-clock.ts';
import { startJobWorker } from './job-worker.ts';
import { followCatalogVersion } from './catalog-invalidation.ts';
import { log } from './logger.ts';
import { createApiMetrics } from './metrics.ts';
import type { MetricsRouteOptions } from './metrics-route.ts';
import { startPersonalizationJobs } from './personalization-jobs.ts';
import { startSearch } from './search-wiring.ts';
import { createApiServer } from './server.ts';
import { drainServer } from './shutdown.ts';
import { startRingHealthJob } from './ring-health-job.ts';
import { createPartnerContentFetcher } from './outbound/partner-content-fetcher.ts';
import { offerFeedWorkerHandlers, startOfferFeedSchedule } from './offer-feed-jobs.ts';

/** A started API process. */
export interface RunningApi {
  /** Stops taking requests, lets those under way and the running jobs finish (within SHUTDOWN_TIMEOUT_MS), closes the database. */
  stop(signal: string): Promise<void>;
}

/** How /metrics is rendered: this process's registry unless the cluster primary aggregates (cluster-metrics.ts). */
export type MetricsRenderer = (registry: import('prom-client').Registry) => MetricsRouteOptions['render'];

export async function startApiProcess(env: ApiEnv, renderMetrics?: MetricsRenderer): Promise<RunningApi> {
  const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir, pgliteSharedBuffers: env.PGLITE_SHARED_BUFFERS });
  const mediaDir = path.resolve(env.MEDIA_DIR ?? defaultMediaDir);

  // The schema engine loads only when a migration is pending: it would stay resident (about 25 MB).
  const applied = await applyMigrationsIfPending(db.prisma, db.adapterFactory);
  if (applied.length) log.info(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);

  const seededNow = env.SEED_DEMO && (await db.prisma.product.count()) === 0;
  if (seededNow) {
    log.info('Empty database: loading the demo catalog…');
    const seeded = await seedDemoCatalog(db.prisma, { mediaDir, log: (line) => log.info(`  ${line}`) });
    log.info(`Demo catalog ready: ${seeded.products} products.`);
  }
  // Search starts as soon as the catalog is there: its rebuild of an empty index runs while the
  // slow rest of start-up does (offers, staff, partners), and what those change is synced after
  // its swap (sync jobs newer than the rebuild's start), so the demo is searchable seconds in.
  const search = await startSearch(db.prisma);
  if (seededNow) {
    await seedDemoOffers(db.prisma, (line) => log.info(`  ${line}`));
    log.info(`  Clearance prices for ${await seedDemoClearance(db.prisma)} aged or overstocked apparel variant(s).`);
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
  await seedDemoPartners(db.prisma, env, mediaDir);

  // The adapters and the clock are chosen here, once, and handed to core as ports.
  const clock = clockFromEnv(env.TEST_CLOCK_FILE, env.NODE_ENV);
  // Bank transfer and pickup settle by hand (offline); card through Stripe when its keys are set.
  // `payments` is the one refunds, webhooks and group buys use.
  const paymentMethods = createPaymentProviders(process.env);
  const payments = paymentMethods.primary;
  await seedDemoGroupBuy(db.prisma, env.SEED_DEMO, payments, clock);
  const mailer = mailerFromEnv(env);
  let shuttingDown = false;
  // Filled in below: the metrics read the catalog service the server creates.
  let catalogCacheStats: () => { hits: number; misses: number } = () => ({ hits: 0, misses: 0 });
  let answerStats: () => { hits: number; misses: number } = () => ({ hits: 0, misses: 0 });
  const metrics = createApiMetrics({ db, catalogCache: () => catalogCacheStats(), publicReadAnswers: () => answerStats() });
  const server = createApiServer({
    db,
    mediaDir,
    storefrontUrl: env.STOREFRONT_URL,
    services: {
      catalog: { facetCacheTtlMs: env.CATALOG_FACET_CACHE_TTL_MS, readCacheTtlMs: env.CATALOG_READ_CACHE_TTL_MS },
      // This process follows the catalog version (followCatalogVersion below).
      pricing: { cacheRules: true },
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
    publicReadAnswers: { maxBytes: env.PUBLIC_READ_ANSWERS_MAX_BYTES },
    exposeErrorDetails: env.NODE_ENV === 'development',
    metrics,
    metricsRoute: { token: env.METRICS_TOKEN, render: (renderMetrics ?? localMetrics)(metrics.registry) },
    isShuttingDown: () => shuttingDown,
  });
  catalogCacheStats = () => server.services.catalog.cacheStats();
  answerStats = () => server.publicReadAnswers.stats();
  const partnerContent = server.services.partnerContent;
  // Cached catalog reads follow every change, from this process or any other (catalog-invalidation.ts).
  const stopCatalogFollow = await followCatalogVersion(db, server.services.catalog);
  const relay = async () => {
    const sent = await relayOutbox(db.prisma, mailer.send, { clock, renderAttachment: documentAttachmentRenderer(db.prisma) });
    metrics.emailsSent(sent);
    return sent;
  };
  const stopJobs = [
    startIntervalJob(db.prisma, 'order expiry', env.ORDER_EXPIRY_INTERVAL_MS, () => expireUnpaidOrders(db.prisma, clock.now()), (n) => `Released the stock of ${n} unpaid order(s) past their reservation.`),
    startIntervalJob(db.prisma, 'payment reminders', env.ORDER_EXPIRY_INTERVAL_MS, () => remindUnpaidBankTransfers(db.prisma, { storefrontUrl: env.STOREFRONT_URL }, clock.now()), (n) => `Reminded ${n} shopper(s) of a bank transfer due within a day.`),
    startIntervalJob(db.prisma, 'clearance pricing', 3_600_000, () => evaluateClearance(db.prisma, clock.now()), (n) => `Clearance prices hold for ${n} variant(s).`),
    startIntervalJob(db.prisma, 'commission approval', env.COMMISSION_APPROVAL_INTERVAL_MS, () => approveMaturedCommissions(db.prisma, clock.now()), (n) => `Approved ${n} commission(s) past their hold window.`),
    startIntervalJob(db.prisma, 'outbox relay', 2_000, relay, (n) => `Delivered ${n} e-mail(s) to ${mailer.deliveredTo}.`),
    ...(await startPersonalizationJobs(db.prisma, env, clock)),
    startIntervalJob(db.prisma, 'partner impressions', 10_000, () => partnerContent.flushImpressions(), (n) => `Recorded impressions of ${n} partner item-day(s).`),
    startIntervalJob(db.prisma, 'partner feeds', 3_600_000, () => enqueueDuePartnerFeeds(db.prisma, env.PARTNER_FEED_REFRESH_MS, clock.now()), (n) => `Queued ${n} partner content feed fetch(es).`),
    startRingHealthJob(db.prisma, env, clock),
    startOfferFeedSchedule(db.prisma, clock),
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
  // Catalog imports, scheduled offer feeds and recommendation updates run for seconds to minutes: their own worker, so
  // search sync never waits behind one.
  const stopImportWorker = await startJobWorker(
    db,
    { ...catalogImportJobHandlers(db.prisma), ...offerFeedWorkerHandlers(db.prisma, env, clock), ...recommendationJobHandlers(db.prisma, (line) => log.info(line)), ...segmentJobHandlers(db.prisma, { now: () => clock.now(), onDone: (line) => log.info(line) }) },
    env.JOB_POLL_INTERVAL_MS,
  );
  await new Promise<void>((resolve) => server.listen(env.API_PORT, env.API_HOST, resolve));
  const where = db.kind === 'pglite' ? `embedded PGlite in ${env.PGLITE_DATA_DIR ?? defaultDataDir}` : 'PostgreSQL';
  log.info(`Tandem API listening on http://${env.API_HOST}:${env.API_PORT} (${where}; payments: ${payments.name}; search: ${search.name}; e-mail to ${mailer.deliveredTo})`);

  return {
    async stop(signal) {
      shuttingDown = true;
      log.info(`${signal}: shutting down the API (waiting up to ${env.SHUTDOWN_TIMEOUT_MS} ms for requests and jobs)…`);
      // Requests under way and the jobs' current runs finish side by side; the database stays open for both.
      const drained = drainServer(server, env.SHUTDOWN_TIMEOUT_MS);
      await withTimeout(
        Promise.all([...stopJobs.map((stopJob) => stopJob()), stopJobWorker(), stopImportWorker(), stopCatalogFollow()]),
        env.SHUTDOWN_TIMEOUT_MS,
        () => log.warn('shutdown: a job was still running at the deadline; its claim lapses and another process retries it'),
      );
      await partnerContent.flushImpressions().catch((error: unknown) => log.error({ err: error }, 'Could not record partner impressions'));
      mailer.close();
      const { cut } = await drained;
      if (cut) log.warn(`shutdown: ${cut} connection(s) still busy at the deadline were closed`);
      await db.close();
      log.info('The API has stopped.');
    },
  };
}

function localMetrics(registry: import('prom-client').Registry): MetricsRouteOptions['render'] {
  return async () => ({ contentType: registry.contentType, body: await registry.metrics() });
}

async function withTimeout(work: Promise<unknown>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const outcome = await Promise.race([work.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'late') onTimeout();
}
