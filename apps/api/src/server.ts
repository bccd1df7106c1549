// The API's HTTP surface: tRPC under /trpc, GET /health, and media files under /media.
// Partner-facing routes (redirects, widget, feeds) will join here as their issues land.
import http from 'node:http';
import { appRouter, createApiContext, createApiServices, type ApiServicesOptions } from '@tandem/api';
import type { Database } from '@tandem/db';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { checkHealth } from './health.ts';
import { createMediaHandler } from './media.ts';
import { createPaymentWebhookHandler } from './payment-webhook.ts';
import { readRequestAuth } from './request-auth.ts';

export interface ApiServerOptions {
  db: Database;
  mediaDir: string;
  services?: ApiServicesOptions;
  /** Trust X-Forwarded-For for the client address: only behind a proxy or the storefront's server. */
  trustProxy?: boolean;
}

export function createApiServer({ db, mediaDir, services: options, trustProxy = false }: ApiServerOptions): http.Server {
  const services = createApiServices(db.prisma, { mediaDir, ...options });
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: ({ req }) => createApiContext(services, readRequestAuth(req, { trustProxy })),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error);
    },
  });
  const media = createMediaHandler(mediaDir);
  const paymentWebhook = createPaymentWebhookHandler(db.prisma, services.payments);

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/trpc/')) return trpc(req, res);
    if (url.pathname === '/health' && req.method === 'GET') {
      void checkHealth(db).then((report) => {
        res.statusCode = report.status === 'ok' ? 200 : 503;
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(report));
      });
      return;
    }
    if (url.pathname === '/webhooks/payments' && req.method === 'POST') {
      void paymentWebhook(req, res).catch((error: unknown) => {
        console.error('payment webhook failed:', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
      return;
    }
    if (url.pathname.startsWith('/media/') && (req.method === 'GET' || req.method === 'HEAD')) {
      void media(req, res, url.pathname.slice('/media/'.length)).catch((error: unknown) => {
        console.error('media failed:', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
      return;
    }
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ error: 'Not found' }));
  });
}
