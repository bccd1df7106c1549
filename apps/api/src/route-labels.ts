// The route labels of the metrics and access lines: a fixed name per kind of path, a known tRPC
// procedure, or a REST route template (rest-handler.ts). Whatever a client puts in a URL maps to
// one of a fixed set, so the number of series stays bounded.
import { appRouter } from '@tandem/api';
import { isRingRoute } from './ring-routes.ts';

const PROCEDURES = new Set(Object.keys(appRouter._def.procedures));

/** One label per call of a tRPC batch: the procedure's name when it exists, else `trpc:unknown`. */
export function trpcRouteLabels(paths: readonly string[]): string[] {
  return paths.map((path) => (PROCEDURES.has(path) ? path : 'trpc:unknown'));
}

const EXACT: Record<string, string> = {
  '/health': '/health',
  '/health/live': '/health/live',
  '/health/ready': '/health/ready',
  '/metrics': '/metrics',
  '/webhooks/payments': '/webhooks/payments',
  '/openapi.json': '/openapi.json',
  '/docs': '/docs',
  '/sitemap.xml': '/sitemaps',
  '/feeds/products.xml': '/feeds/products',
  '/feeds/products.tsv': '/feeds/products',
  '/widget.js': '/widget.js',
  '/widget/crosslinks': '/widget/crosslinks',
};

/** The label of a path before a handler names it more precisely; `not found` for anything unknown. */
export function fixedRouteLabel(pathname: string): string {
  const exact = EXACT[pathname];
  if (exact) return exact;
  if (pathname.startsWith('/trpc/')) return 'trpc:unknown';
  if (pathname.startsWith('/rest/')) return 'rest:unknown';
  if (pathname.startsWith('/media/')) return '/media';
  if (pathname.startsWith('/sitemaps/')) return '/sitemaps';
  if (/^\/widget\/v[\w.-]+\.js$/.test(pathname)) return '/widget.js';
  if (isRingRoute(pathname)) return '/rings';
  return 'not found';
}
