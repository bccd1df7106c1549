// The widget's data: a few products for the partner's context, priced by the pricing engine, with
// absolute image URLs and tracked links. The context is matched through search; popular products
// fill the rest, then anything in stock, so a partner's widget is never empty while the store
// has products.
import type { PrismaClient } from '@tandem/db';
import { SearchQueryInput } from '@tandem/validators';
import { createPersonalizationService } from '../../personalization/index.ts';
import { productDisplayPrices } from '../../pricing/index.ts';
import type { SearchService } from '../../search/index.ts';
import { NotFoundError } from '../../shared/index.ts';
import { utcDay } from '../rings/ring-days.ts';


/** One product in the widget: everything the script shows, nothing it has to work out. */
export interface CrosslinkItem {
  slug: string;
  name: string;
  amount: number;
  regularAmount: number | null;
  currency: string;
  /** `<storefront>/r/<partner>?product=<slug>&src=widget` */
  url: string;
  imageUrl: string | null;
}

export interface CrosslinksResponse {
  store: { name: string; url: string };
  products: CrosslinkItem[];
}

export interface CrosslinksDeps {
  prisma: PrismaClient;
  search: SearchService;
  /** The storefront's public base URL: links and images point there. */
  storefrontUrl: string;
  storeName: string;
}

interface Candidate {
  id: string;
  slug: string;
  title: string;
  imageUrl: string | null;
}

/** The tracked link of the affiliate contract: `/r/<code>?product=<slug>&src=widget|ring`. */
export function trackedLink(storefrontUrl: string, partnerCode: string, productSlug: string, src: 'widget' | 'ring'): string {
  const url = new URL(`/r/${encodeURIComponent(partnerCode)}`, storefrontUrl);
  url.searchParams.set('product', productSlug);
  url.searchParams.set('src', src);
  return url.href;
}

async function candidates(deps: CrosslinksDeps, context: string | undefined, limit: number): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  const add = (items: Candidate[]) => items.forEach((item) => found.size < limit && !found.has(item.id) && found.set(item.id, item));
  const fromSearch = async (q: string) => {
    try {
      const page = await deps.search.query(SearchQueryInput.parse({ q, inStock: true, pageSize: limit * 2, withFacets: false, sort: q ? 'relevance' : 'newest' }));
      add(page.hits.map((h) => ({ id: h.id, slug: h.slug, title: h.title, imageUrl: h.image?.url ?? null })));
    } catch {
      // Search being down must not take the widget with it: popular products still work.
    }
  };
  if (context) await fromSearch(context);
  if (found.size < limit) {
    const popular = await createPersonalizationService(deps.prisma, { storefrontUrl: deps.storefrontUrl }).popular('all', 'popular', limit);
    add(popular.map((p) => ({ id: p.id, slug: p.slug, title: p.title, imageUrl: p.image?.url ?? null })));
  }
  if (found.size < limit) await fromSearch('');
  return [...found.values()];
}

/** The partner must exist and be approved; anything else is "not found" to the outside. */
export async function findWidgetPartner(prisma: PrismaClient, code: string) {
  return prisma.partner.findUnique({ where: { code }, select: { id: true, code: true, status: true, allowedOrigins: true } });
}

export async function crosslinksFor(deps: CrosslinksDeps, partner: { code: string; status: string }, query: { context?: string; limit: number }): Promise<CrosslinksResponse> {
  if (partner.status !== 'APPROVED') throw new NotFoundError('partner', partner.code);
  const chosen = await candidates(deps, query.context, query.limit);
  const prices = new Map((await productDisplayPrices(deps.prisma, chosen.map((c) => c.id), null)).map((p) => [p.productId, p]));
  const absolute = (path: string | null) => (path ? new URL(path, deps.storefrontUrl).href : null);
  return {
    store: { name: deps.storeName, url: new URL('/', deps.storefrontUrl).href },
    products: chosen.flatMap((c) => {
      const price = prices.get(c.id);
      if (!price) return [];
      return [{ slug: c.slug, name: c.title, amount: price.min, regularAmount: price.regularMin > price.min ? price.regularMin : null, currency: price.currency, url: trackedLink(deps.storefrontUrl, partner.code, c.slug, 'widget'), imageUrl: absolute(c.imageUrl) }];
    }),
  };
}

/** Counts one served widget response for the partner's statistics (one atomic upsert). */
export async function recordWidgetImpression(prisma: PrismaClient, partnerId: string, now: Date): Promise<void> {
  const day = utcDay(now);
  await prisma.$executeRaw`INSERT INTO "PartnerWidgetDailyStat" ("partnerId", "day", "impressions") VALUES (${partnerId}, ${day}::date, 1)
    ON CONFLICT ("partnerId", "day") DO UPDATE SET "impressions" = "PartnerWidgetDailyStat"."impressions" + 1`;
}

/** Impressions per UTC day for the partner's portal, oldest first. */
export async function widgetImpressions(prisma: PrismaClient, partnerId: string, days: number, now: Date) {
  const since = utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  const rows = await prisma.partnerWidgetDailyStat.findMany({ where: { partnerId, day: { gte: since } }, orderBy: { day: 'asc' } });
  return { days, total: rows.reduce((sum, r) => sum + r.impressions, 0), byDay: rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), impressions: r.impressions })) };
}


