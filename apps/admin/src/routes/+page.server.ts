import { rethrowApiError } from '@tandem/web-kit/api-error';
import { rangeDays } from '$lib/chart-range';
import type { PageServerLoad } from './$types';

/** The dashboard, for staff whose role includes it (every staff role today), over the range in `?days=`. */
export const load = (async ({ locals, url }) => {
  if (!locals.staff?.permissions.includes('dashboards')) return { dashboard: null, days: 30 };
  const days = rangeDays(url);
  return { dashboard: await locals.api.adminDashboards.overview.query({ days }).catch(rethrowApiError), days };
}) satisfies PageServerLoad;
