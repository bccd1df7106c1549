import { rethrowApiError } from '@tandem/web-kit/api-error';
import { offsetPage } from '$lib/paging';
import { filterValues, listInput } from './filter';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load = (async ({ locals, url }) => {
  const filter = filterValues(url);
  const { page } = offsetPage(url, PAGE_SIZE);
  const { input, errors } = listInput(filter, page);
  const result = await locals.api.adminCustomers.list.query({ ...input, limit: PAGE_SIZE }).catch(rethrowApiError);
  return { filter, errors, result };
}) satisfies PageServerLoad;
