import { rethrowApiError } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({ ring: await locals.api.rings.index.query({ slug: params.slug }).catch(rethrowApiError) })) satisfies PageServerLoad;
