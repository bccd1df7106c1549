import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import { statsRange, trackedLink } from '$lib/partners/stats-range';
import type { PageServerLoad } from './$types';

const SOURCES = ['link', 'widget', 'ring', 'content'] as const;

/** The partner's figures and the tracked-link builder. Customers who are not approved partners get the API's 403. */
export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const range = statsRange(url.searchParams);
  const [me, stats] = await Promise.all([locals.api.affiliate.me.query(), locals.api.affiliate.stats.query(range)]).catch(rethrowApiError);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const found = q ? await locals.api.search.suggest.query({ q, limit: 10 }).catch(rethrowApiError) : null;
  const slug = url.searchParams.get('product');
  const rawSource = url.searchParams.get('src') ?? 'link';
  const source = (SOURCES as readonly string[]).includes(rawSource) ? (rawSource as (typeof SOURCES)[number]) : 'link';
  const picked = slug && /^[a-z0-9-]{1,200}$/.test(slug) ? slug : null;
  return {
    me,
    stats,
    range,
    builder: { q, products: found?.products ?? [], picked, source, sources: SOURCES, link: trackedLink(url.origin, me.code, picked, source) },
  };
}) satisfies PageServerLoad;
