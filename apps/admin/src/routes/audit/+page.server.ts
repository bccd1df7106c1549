import { AuditListInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { auditDiff } from '$lib/audit-diff';
import type { PageServerLoad } from './$types';

const FILTERS = ['entityType', 'actorEmail', 'action', 'cursor'] as const;

export const load = (async ({ locals, url }) => {
  const raw = Object.fromEntries(FILTERS.map((key) => [key, url.searchParams.get(key)?.trim() || undefined]));
  const parsed = AuditListInput.safeParse({ ...raw, limit: 50 });
  const filter = parsed.success ? parsed.data : { limit: 50 };
  const page = await locals.api.adminAudit.list.query(filter).catch(rethrowApiError);
  return {
    filter: { entityType: raw.entityType ?? '', actorEmail: raw.actorEmail ?? '', action: raw.action ?? '' },
    invalid: !parsed.success,
    nextCursor: page.nextCursor,
    entries: page.items.map((entry) => ({ ...entry, changes: auditDiff(entry.before, entry.after) })),
  };
}) satisfies PageServerLoad;
