// Web ring navigation on the API host: GET /rings/<slug>/next|prev|random?from=<memberCode>
// answers 302 to a live member's page (or to the ring's index page when there is no other),
// counting the click; GET /rings/<slug> sends visitors to the storefront's index page. These
// are the links of the ring bar and of the plain-HTML fallback partners copy.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@tandem/db';
import { navigateRing } from '@tandem/core/partners';
import { DomainError } from '@tandem/core/shared';
import { RingNavigationQuery, UrlCode } from '@tandem/validators';
import { decodePathSegment } from './path-segment.ts';

export interface RingRoutesOptions {
  prisma: PrismaClient;
  storefrontUrl: string;
  random?: () => number;
  now?: () => Date;
}

const ROUTE = /^\/rings\/([^/]+)(?:\/(next|prev|random))?\/?$/;

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer-when-downgrade');
  res.end();
}

function notFound(res: ServerResponse, message: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(message);
}

export function isRingRoute(pathname: string): boolean {
  return ROUTE.test(pathname);
}

export function createRingRoutes(options: RingRoutesOptions) {
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());
  return async (_req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const [, rawSlug = '', direction] = ROUTE.exec(url.pathname) ?? [];
    const indexUrl = (slug: string) => new URL(`/rings/${slug}`, options.storefrontUrl).href;
    const ringSlug = decodePathSegment(rawSlug);
    if (ringSlug === null) return notFound(res, 'No such web ring');
    if (!direction) {
      const slug = UrlCode.safeParse(ringSlug);
      return slug.success ? redirect(res, indexUrl(slug.data)) : notFound(res, 'No such web ring');
    }
    const query = RingNavigationQuery.safeParse({ ringSlug, direction, from: url.searchParams.get('from') ?? undefined });
    if (!query.success) return notFound(res, 'No such web ring');
    try {
      const target = await navigateRing(options.prisma, { ringSlug: query.data.ringSlug, direction: query.data.direction, from: query.data.from ?? null }, { random, now: now() });
      redirect(res, target.pageUrl ?? indexUrl(query.data.ringSlug));
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') return notFound(res, 'No such web ring');
      throw error;
    }
  };
}
