// The search engine's health for catalog staff: is it reachable, how many products it holds,
// how far it trails the catalog, and what failed (issue #18).
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
  status: await locals.api.adminSearch.status.query().catch(rethrowApiError),
  /** The server's clock, so the panel judges a stalled rebuild the same on server and client. */
  now: new Date().toISOString(),
})) satisfies PageServerLoad;
