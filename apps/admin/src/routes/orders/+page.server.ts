import { AdminOrderListInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { ORDER_FILTER_FIELDS as FIELDS } from './filter';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const filter = Object.fromEntries(FIELDS.map((key) => [key, url.searchParams.get(key)?.trim() ?? ''])) as Record<(typeof FIELDS)[number], string>;
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
  const parsed = AdminOrderListInput.safeParse({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page });
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const result = await locals.api.adminOrders.list.query(parsed.success ? parsed.data : {}).catch(rethrowApiError);
  return { filter, errors, result };
}) satisfies PageServerLoad;
