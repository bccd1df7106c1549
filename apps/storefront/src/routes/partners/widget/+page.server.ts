import { partnerQuery } from '../partner-guard';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const context = url.searchParams.get('context')?.trim().slice(0, 100) || undefined;
  const limitValue = Number.parseInt(url.searchParams.get('limit') ?? '', 10);
  const limit = Number.isInteger(limitValue) && limitValue >= 1 && limitValue <= 12 ? limitValue : 4;
  const [snippet, stats] = await partnerQuery(locals, url, () =>
    Promise.all([locals.api.partnerWidget.snippet.query({ context, limit }), locals.api.partnerWidget.stats.query({ days: 30 })]),
  );
  const preview = new URLSearchParams({ limit: String(limit), ...(context ? { context } : {}) });
  return { snippet, stats, context: context ?? '', limit, previewUrl: `/partners/widget/preview?${preview}` };
}) satisfies PageServerLoad;
