import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ deals: await locals.api.adminGroupBuys.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;
