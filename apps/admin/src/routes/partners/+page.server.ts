import { PARTNER_STATUSES } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { offsetPage, pageCount } from '$lib/paging';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;
type Status = (typeof PARTNER_STATUSES)[number];

export const load = (async ({ locals, url }) => {
  const requested = url.searchParams.get('status') ?? '';
  const status = (PARTNER_STATUSES as readonly string[]).includes(requested) ? (requested as Status) : undefined;
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const { page, offset } = offsetPage(url, PAGE_SIZE);
  const partners = await locals.api.adminPartners.list
    .query({ status, query: query || undefined, limit: PAGE_SIZE, offset })
    .catch(rethrowApiError);
  return { partners, status: status ?? '', query, page, pages: pageCount(partners.total, PAGE_SIZE) };
}) satisfies PageServerLoad;
