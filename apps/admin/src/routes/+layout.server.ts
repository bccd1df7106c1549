import { redirect } from '@sveltejs/kit';
import { areasFor } from '$lib/areas';
import { signInPath } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

/** Everything but the sign-in page needs a staff member; the navigation lists their areas. */
export const load = (({ locals, url }) => {
  if (!locals.staff) {
    if (url.pathname !== '/sign-in') redirect(303, signInPath(locals, url));
    return { staff: null, areas: [] };
  }
  return { staff: locals.staff, areas: areasFor(locals.staff.permissions) };
}) satisfies LayoutServerLoad;
