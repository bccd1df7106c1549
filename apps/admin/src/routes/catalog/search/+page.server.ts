// The search engine's health for catalog staff: is it reachable, how many products it holds,
// how far it trails the catalog, and what failed (issue #18); and the button that rebuilds the
// index in full (refused while a rebuild runs in any process).
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { refusedForm } from '@tandem/web-kit/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
  status: await locals.api.adminSearch.status.query().catch(rethrowApiError),
  /** The server's clock, so the panel judges a stalled rebuild the same on server and client. */
  now: new Date().toISOString(),
})) satisfies PageServerLoad;

export const actions = {
  reindex: async ({ locals }) => {
    try {
      await locals.api.adminSearch.reindex.mutate();
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    return { started: true };
  },
} satisfies Actions;
