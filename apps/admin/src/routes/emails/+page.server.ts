// The outbox as staff read it: newest first, searchable by recipient or subject, by status.
import { SentEmailListInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

const FILTERS = ['search', 'status', 'cursor'] as const;

export const load = (async ({ locals, url }) => {
  const raw = Object.fromEntries(FILTERS.map((key) => [key, url.searchParams.get(key)?.trim() || undefined]));
  const parsed = SentEmailListInput.safeParse({ ...raw, limit: 50 });
  const filter = parsed.success ? parsed.data : { limit: 50 };
  const page = await locals.api.adminEmails.list.query(filter).catch(rethrowApiError);
  return {
    filter: { search: raw.search ?? '', status: raw.status ?? '' },
    invalid: !parsed.success,
    nextCursor: page.nextCursor,
    emails: page.items,
  };
}) satisfies PageServerLoad;
