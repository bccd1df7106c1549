import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ rings: await locals.api.rings.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;
