import { rethrowApiError } from '@tandem/web-kit/api-error';
import { withTodayPrices } from '$lib/server/today-prices';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const knowsVisitor = locals.customer !== null || locals.visitor.id !== null;
  const [featured, forYou, trending] = await Promise.all([
    locals.api.catalog.featured.query({ limit: 8 }).catch(rethrowApiError),
    // Recommendations are a bonus: a failure leaves the section out rather than the page.
    knowsVisitor ? locals.api.recommendations.forYou.query({ visitorId: locals.visitor.id ?? undefined, limit: 8 }).catch(() => []) : Promise.resolve([]),
    locals.api.recommendations.popular.query({ list: 'trending', limit: 4 }).catch(() => []),
  ]);
  // "For you" only when it is built from the visitor's own history, not popularity alone.
  const personal = forYou.some((item) => item.reason.kind !== 'popular') ? forYou : [];
  const [featuredToday, trendingToday] = await Promise.all([withTodayPrices(locals.api, featured), withTodayPrices(locals.api, trending)]);
  return { featured: featuredToday, forYou: personal, trending: trendingToday };
}) satisfies PageServerLoad;
