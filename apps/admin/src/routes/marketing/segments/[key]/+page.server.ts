// One segment opened: its customers, biggest spenders first, a page at a time.
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { offsetPage, pageCount } from '$lib/paging';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load = (async ({ locals, params, url }) => {
  const { page } = offsetPage(url, PAGE_SIZE);
  const members = await locals.api.adminPersonalization.segmentMembers.query({ segment: params.key, page, pageSize: PAGE_SIZE }).catch(rethrowApiError);
  return { members, pages: pageCount(members.total, PAGE_SIZE) };
}) satisfies PageServerLoad;
