import { loadListing } from '$lib/server/listing';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url, parent }) => {
  const listing = await loadListing(locals.api, url, parent().then((data) => data.categories));
  return { listing };
}) satisfies PageServerLoad;
