// The API's HTTP surface: tRPC under /trpc, health (/health, /health/live, /health/ready),
// /metrics (with its token), and media files under /media.
// The REST surface: /rest/v1/..., its OpenAPI document (/openapi.json) and reference (/docs).
// Partner-facing routes: the widget script and its data, web ring navigation.
import http from 'node:http';
import { appRouter, createApiContext, createApiServices, withRequestId, type ApiServices, type ApiServicesOptions } from '@tandem/api';
import type { Database } from '@tandem/db';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createHealthRoutes } from './health-routes.ts';
import { log, type Logger } from './logger.ts';
import { createMetricsRoute, type MetricsRouteOptions } from './metrics-route.ts';
import type { ApiMetrics } from './metrics.ts';
import { createMediaHandler } from './media.ts';
import { createPaymentWebhookHandler } from './payment-webhook.ts';
import { createProductFeedHandler } from './product-feed-route.ts';
import { createSitemapHandler } from './sitemap-route.ts';
import { createClientAddressReader, createTrustedCallerCheck, SOCKET_ONLY, type ClientAddressPolicy } from './client-address.ts';
import { readRequestAuth, readRequestCredentials } from './request-auth.ts';
import { MAX_TRPC_BATCH, readBoundedBody, refuseLargeBatch, trpcBodyLimit, trpcPathsOf } from './request-limits.ts';
import { buildWidget, type BuiltWidget } from '@tandem/widget';
import { createRingRoutes, isRingRoute } from './ring-routes.ts';
import { createWidgetCrosslinksHandler } from './widget-crosslinks.ts';
import { createWidgetScriptHandler } from './widget-script.ts';
import { answerInternalError } from './internal-error.ts';
import { requestIdOf } from './request-id.ts';
import { requestLog } from './request-log.ts';
import { labelRoute, observeRequests } from './request-observer.ts';
import { fixedRouteLabel, trpcRouteLabels } from './route-labels.ts';
import { answerClientError } from './client-errors.ts';
import { grantedUploads } from './upload-grant.ts';
import { refuse, refuseTrpc } from './refusals.ts';
import { createOpenApiRoutes } from './rest/openapi-routes.ts';
import { withSecurityHeaders } from './security-headers.ts';
import { withKeepAliveTimeouts } from './keep-alive.ts';
import { answerConditionally, cacheControlOf, isPersonal, isPublicReadBatch, type PublicReadPolicy } from './public-reads.ts';
import { asksForPlainAnswer, createPublicReadAnswers, sendStoredAnswer, type PublicReadAnswers, type StoredAnswer } from './public-read-answers.ts';

export interface ApiServerOptions {
  db: Database;
  mediaDir: string;
  /** The storefront's public base URL (STOREFRONT_URL): links in e-mails, sitemaps, the product feed, the widget and web rings. */
  storefrontUrl: string;
  /** The services' options, including the payment and search adapters the caller chose. */
  services: Omit<ApiServicesOptions, 'storefrontUrl'>;
  /** Who may tell the API a client's address (configured proxies, the front-end servers' secret); default: nobody. */
  clientAddress?: ClientAddressPolicy;
  /** The product feed: the countries it quotes shipping for. */
  seo?: { feedShippingCountries: readonly string[] };
  /** The widget and web rings: where links point, the store's name, and (tests) time and chance. */
  partners?: PartnerRoutesOptions;
  /** How long CDNs and proxies may keep anonymous catalog reads; default 5 s, then 30 s stale while revalidating. */
  publicReads?: PublicReadPolicy;
  /**
   * Finished answers of anonymous public reads kept in memory (public-read-answers.ts), for as long
   * as the catalog read cache keeps their reads (`services.catalog.readCacheTtlMs`; 0: off).
   * `maxBytes` 0 turns it off too. Default 16 MiB, 1 000 answers.
   */
  publicReadAnswers?: { maxBytes?: number; maxEntries?: number };
  /** Put stacks in tRPC error responses: development only (main.ts: NODE_ENV=development); off by default. */
  exposeErrorDetails?: boolean;
  /** Where request lines and failures go; default the process's logger (logger.ts). */
  logger?: Logger;
  /** Request latency and status are recorded here when given; /metrics answers with `metricsRoute`. */
  metrics?: ApiMetrics;
  metricsRoute?: MetricsRouteOptions;
  /** Readiness fails once this says so (main.ts, on SIGTERM). */
  isShuttingDown?: () => boolean;
}

export interface PartnerRoutesOptions {
  storeName?: string;
  /** Seconds browsers may reuse widget data. */
  widgetMaxAgeSeconds?: number;
  /** Milliseconds the API reuses a computed widget response. */
  widgetCacheTtlMs?: number;
  random?: () => number;
  now?: () => Date;
}

export function createApiServer({ db, mediaDir, storefrontUrl, services: options, clientAddress = SOCKET_ONLY, seo = DEFAULT_SEO, partners = {}, publicReads = DEFAULT_PUBLIC_READS, publicReadAnswers: answerLimits = {}, exposeErrorDetails = false, logger = log, metrics, metricsRoute, isShuttingDown }: ApiServerOptions): http.Server & { services: ApiServices; publicReadAnswers: PublicReadAnswers } {
  const services = createApiServices(db.prisma, { mediaDir, ...options, storefrontUrl, partnerContent: { mediaDir, ...options.partnerContent } });
  const answers = createPublicReadAnswers({ ttlMs: services.catalog.readCacheTtlMs, maxBytes: answerLimits.maxBytes ?? DEFAULT_ANSWER_BYTES, maxEntries: answerLimits.maxEntries });
  // The answers are made of the catalog's cached reads: when those go, so do they.
  services.catalog.onCachedReadsDropped(() => answers.clear());
  const clientAddressOf = createClientAddressReader(clientAddress);
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    // Also checked in serveTrpc with a clearer answer; kept here so the handler is never unbounded.
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: ({ req }) => createApiContext(services, readRequestAuth(req, clientAddressOf), { id: requestIdOf(req), exposeErrorDetails }),
    // Who may keep the answer: public-reads.ts (only anonymous catalog reads are shared).
    responseMeta: ({ ctx, errors, eagerGeneration, type, paths }) => {
      const headers = new Headers({ 'Cache-Control': cacheControlOf({ type, paths, failed: errors.length > 0, auth: ctx?.auth }, publicReads) });
      // Errors tRPC answers before a context exists (wrong content type, mixed batch) would go out as text/plain.
      if (ctx === undefined && errors.length > 0 && !eagerGeneration) headers.set('Content-Type', 'application/json');
      return { headers };
    },
    // The only place the details of an unexpected failure go; the response quotes the same id.
    onError({ error, path, req }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') requestLog(req).error({ err: error.cause ?? error, procedure: path ?? '?' }, `tRPC ${path ?? '?'} failed`);
    },
  });
  const media = createMediaHandler(mediaDir);
  const paymentWebhook = createPaymentWebhookHandler(db.prisma, services.payments);
  const sitemaps = createSitemapHandler(db.prisma, storefrontUrl);
  const productFeed = createProductFeedHandler(db.prisma, { publicStoreUrl: storefrontUrl, shippingCountries: seo.feedShippingCountries });
  let widgetBuild: Promise<BuiltWidget> | null = null;
  const widgetScript = createWidgetScriptHandler(() => (widgetBuild ??= buildWidget()));
  const crosslinks = createWidgetCrosslinksHandler({
    prisma: db.prisma,
    search: services.search,
    storefrontUrl,
    storeName: partners.storeName ?? 'Tandem',
    maxAgeSeconds: partners.widgetMaxAgeSeconds,
    cacheTtlMs: partners.widgetCacheTtlMs,
    now: partners.now ?? services.clock.now,
  });
  const openApi = createOpenApiRoutes({ services, serverUrl: options.partners?.apiPublicUrl ?? '/', readAuth: (req) => readRequestAuth(req, clientAddressOf), exposeErrorDetails });
  const health = createHealthRoutes({ db, search: options.search, isShuttingDown });
  const metricsEndpoint = createMetricsRoute(metricsRoute);
  const rings = createRingRoutes({ prisma: db.prisma, storefrontUrl, random: partners.random, now: partners.now ?? services.clock.now });

  const trustedCaller = createTrustedCallerCheck(clientAddress);
  // Longer keep-alive than Node's default, so the front ends' pooled sockets do not race its close (keep-alive.ts).
  const server = withKeepAliveTimeouts(http.createServer(withSecurityHeaders(observeRequests((req, res) => {
    const url = requestUrlOf(req);
    if (!url) return refuse(req, res, 400, 'BAD_REQUEST', 'The request URL is not valid.');
    labelRoute(req, fixedRouteLabel(url.pathname));
    if (url.pathname.startsWith('/trpc/')) {
      void serveTrpc(req, res, url).catch((error: unknown) => answerInternalError(req, res, 'tRPC request', error));
      return;
    }
    const openApiRoute = openApi(req, res, url);
    if (openApiRoute) {
      void openApiRoute().catch((error: unknown) => answerInternalError(req, res, 'REST request', error));
      return;
    }
    const operatorRoute = health(req, res, url.pathname) ?? metricsEndpoint(req, res, url.pathname);
    if (operatorRoute) {
      void operatorRoute().catch((error: unknown) => answerInternalError(req, res, url.pathname, error));
      return;
    }
    if (url.pathname === '/webhooks/payments' && req.method === 'POST') {
      void paymentWebhook(req, res).catch((error: unknown) => answerInternalError(req, res, 'payment webhook', error));
      return;
    }
    if (url.pathname.startsWith('/media/') && (req.method === 'GET' || req.method === 'HEAD')) {
      void media(req, res, url.pathname.slice('/media/'.length)).catch((error: unknown) => answerInternalError(req, res, 'media', error));
      return;
    }
    const readOnly = req.method === 'GET' || req.method === 'HEAD';
    if (readOnly && (url.pathname === '/sitemap.xml' || url.pathname.startsWith('/sitemaps/'))) {
      void sitemaps(req, res, url.pathname).catch((error: unknown) => answerInternalError(req, res, 'sitemap', error));
      return;
    }
    if (readOnly && (url.pathname === '/feeds/products.xml' || url.pathname === '/feeds/products.tsv')) {
      void productFeed(req, res, url.pathname.endsWith('.xml') ? 'xml' : 'tsv').catch((error: unknown) => answerInternalError(req, res, 'product feed', error));
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const partnerRoute =
        url.pathname === '/widget.js' || /^\/widget\/v[\w.-]+\.js$/.test(url.pathname)
          ? () => widgetScript(req, res, url.pathname)
          : url.pathname === '/widget/crosslinks'
            ? () => crosslinks(req, res, url)
            : isRingRoute(url.pathname)
              ? () => rings(req, res, url)
              : null;
      if (partnerRoute) {
        void partnerRoute().catch((error: unknown) => answerInternalError(req, res, url.pathname, error));
        return;
      }
    }
    refuse(req, res, 404, 'NOT_FOUND', 'Not found');
  }, { logger, metrics, trustedCaller }))));
  server.on('clientError', answerClientError);
  // Batch size and body size are checked before tRPC sees the request; the body is read within
  // its limit and handed over as `req.body`, which tRPC's adapter uses instead of the stream.
  async function serveTrpc(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    // tRPC itself answers other methods with a 500.
    if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, POST');
      return refuseTrpc(req, res, 405, 'METHOD_NOT_SUPPORTED', `A tRPC call is a GET (query) or a POST (mutation), not ${req.method ?? 'this method'}.`);
    }
    const paths = trpcPathsOf(url);
    if (!paths) return refuseTrpc(req, res, 400, 'BAD_REQUEST', 'The procedure name in the URL is not valid percent-encoding.');
    labelRoute(req, ...trpcRouteLabels(paths));
    if (paths.length > MAX_TRPC_BATCH) return refuseLargeBatch(req, res, paths.length);
    if (req.method === 'POST') {
      const body = await readBoundedBody(req, res, trpcBodyLimit(await grantedUploads(services, req, paths)));
      if (body === null) return;
      Object.assign(req, { body: body.toString('utf8') });
    }
    const serve = () => withRequestId(requestIdOf(req), () => trpc(req, res));
    if (req.method === 'POST' || !isPublicReadBatch(paths)) return serve();
    // Public reads answer conditional GETs: the ETag is the body's, so any change gives a new one.
    if (req.method !== 'GET' || !answers.enabled || !asksForPlainAnswer(req) || isPersonal(readRequestCredentials(req))) {
      answerConditionally(req, res);
      return serve();
    }
    // An anonymous GET: the exact target names the answer (nothing is normalised, so two targets
    // tRPC would read alike are merely two entries).
    const target = req.url ?? '';
    const stored = answers.lookup(target);
    if (stored) return sendStoredAnswer(req, res, stored);
    const begunAt = answers.generation;
    let freshUntil = () => 0;
    answerConditionally(req, res, (answer: StoredAnswer) => {
      if (isSharedAnswer(answer)) answers.store(target, begunAt, answer, freshUntil());
    });
    const observed = services.catalog.observeReadExpiry(serve);
    freshUntil = observed.freshUntil;
    await observed.result;
  }
  // main.ts runs the services' periodic work (impression flushes) on the same instances.
  return Object.assign(server, { services, publicReadAnswers: answers });
}

/** Only what the tRPC path itself marked public (a successful, anonymous query) is kept. */
function isSharedAnswer(answer: StoredAnswer): boolean {
  const cacheControl = answer.headers['Cache-Control'] ?? answer.headers['cache-control'];
  return typeof cacheControl === 'string' && cacheControl.startsWith('public');
}

const DEFAULT_ANSWER_BYTES = 16 * 1024 * 1024;
const DEFAULT_SEO = { feedShippingCountries: ['NL'] };
const DEFAULT_PUBLIC_READS: PublicReadPolicy = { sMaxAgeSeconds: 5, staleWhileRevalidateSeconds: 30 };

/** The request's URL, or null when its target cannot be read as one (`//`, `http://[::1`). */
function requestUrlOf(req: http.IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}
