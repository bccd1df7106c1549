import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({ ring: await locals.api.rings.index.query({ slug: params.slug }).catch(rethrowApiError) })) satisfies PageServerLoad;
