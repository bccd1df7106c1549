import { redirect } from '@sveltejs/kit';
import { apiErrorCode, rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import { PARTNER_NAV } from '../nav';
import type { LayoutServerLoad } from './$types';

/** The portal's pages are for approved partners; anyone else goes to their application's status. */
export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const partner = await locals.api.partners.profile.query().catch((cause: unknown) => {
    if (apiErrorCode(cause) === 'FORBIDDEN') redirect(303, '/partners/application');
    return rethrowApiError(cause);
  });
  return { partner, nav: PARTNER_NAV };
}) satisfies LayoutServerLoad;
