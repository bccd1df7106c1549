import { INBOX_VIEWS } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { offsetPage, pageCount } from '$lib/paging';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;
type View = (typeof INBOX_VIEWS)[number];

export const load = (async ({ locals, url }) => {
  const requested = url.searchParams.get('view') ?? 'waiting';
  const view: View = (INBOX_VIEWS as readonly string[]).includes(requested) ? (requested as View) : 'waiting';
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const { page, offset } = offsetPage(url, PAGE_SIZE);
  const inbox = await locals.api.adminSupport.inbox
    .query({ view, query: query || undefined, limit: PAGE_SIZE, offset })
    .catch(rethrowApiError);
  return { inbox, view, query, page, pages: pageCount(inbox.total, PAGE_SIZE) };
}) satisfies PageServerLoad;
