import { redirect } from '@sveltejs/kit';
import { areasFor } from '$lib/areas';
import type { LayoutServerLoad } from './$types';

/** Everything but the sign-in page needs a staff member; the navigation lists their areas. */
export const load = (({ locals, url }) => {
  if (!locals.staff) {
    if (url.pathname !== '/sign-in') redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
    return { staff: null, areas: [] };
  }
  return { staff: locals.staff, areas: areasFor(locals.staff.permissions) };
}) satisfies LayoutServerLoad;
