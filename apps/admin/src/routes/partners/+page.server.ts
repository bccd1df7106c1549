import { PARTNER_STATUSES } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;
type Status = (typeof PARTNER_STATUSES)[number];

export const load = (async ({ locals, url }) => {
  const requested = url.searchParams.get('status') ?? '';
  const status = (PARTNER_STATUSES as readonly string[]).includes(requested) ? (requested as Status) : undefined;
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const pageNumber = Math.max(1, Math.min(400, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));
  const partners = await locals.api.adminPartners.list
    .query({ status, query: query || undefined, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE })
    .catch(rethrowApiError);
  return { partners, status: status ?? '', query, page: pageNumber, pages: Math.max(1, Math.ceil(partners.total / PAGE_SIZE)) };
}) satisfies PageServerLoad;
