import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ summary: await locals.api.adminPersonalization.segments.query().catch(rethrowApiError) })) satisfies PageServerLoad;
