import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

/** The dashboard, for staff whose role includes it (every staff role today). */
export const load = (async ({ locals }) => {
  if (!locals.staff?.permissions.includes('dashboards')) return { dashboard: null };
  return { dashboard: await locals.api.adminDashboards.overview.query().catch(rethrowApiError) };
}) satisfies PageServerLoad;
