import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const STATUSES = ['PENDING', 'APPROVED', 'PAID', 'REVERSED'] as const;

/** The partner's own commissions (filter by status, older pages by cursor) and payouts. */
export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const raw = url.searchParams.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(raw) ? (raw as (typeof STATUSES)[number]) : undefined;
  const cursor = url.searchParams.get('cursor') || undefined;
  const [commissions, payouts] = await Promise.all([locals.api.affiliate.commissions.query({ status, cursor }), locals.api.affiliate.payouts.query()]).catch(rethrowApiError);
  return { commissions, payouts, status: status ?? '', statuses: STATUSES };
}) satisfies PageServerLoad;
