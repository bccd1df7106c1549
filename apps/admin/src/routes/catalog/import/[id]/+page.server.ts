import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({ job: await locals.api.adminCatalog.csv.import.query({ id: params.id }).catch(rethrowApiError) })) satisfies PageServerLoad;
