import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { refusedForm } from '@tandem/web-kit/form-failure';
import { textFields } from '@tandem/web-kit/forms';
import { requirePermission } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const STATUSES = ['PENDING', 'APPROVED', 'PAID', 'REVERSED'] as const;
type Status = (typeof STATUSES)[number];

/** Commissions of every partner, filtered by status, partner and the self-referral flag. */
export const load = (async ({ locals, url }) => {
  requirePermission(locals, url, 'partners');
  const rawStatus = url.searchParams.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(rawStatus) ? (rawStatus as Status) : undefined;
  const partnerId = url.searchParams.get('partner') || undefined;
  const flagged = url.searchParams.get('flagged') === '1' ? true : undefined;
  const cursor = url.searchParams.get('cursor') || undefined;
  const [page, partners] = await Promise.all([
    locals.api.adminAffiliate.commissions.query({ status, partnerId, flagged, cursor }).catch(rethrowApiError),
    locals.api.adminAffiliate.partnerOptions.query().catch(rethrowApiError),
  ]);
  return { page, partners, filter: { status: status ?? '', partner: partnerId ?? '', flagged: flagged === true }, statuses: STATUSES, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;

async function act(event: RequestEvent, done: string, call: (commissionId: string) => Promise<unknown>) {
  const { commissionId } = textFields(await event.request.formData(), ['commissionId']);
  try {
    await call(commissionId);
  } catch (cause) {
    return refusedForm({ commissionId }, cause, []);
  }
  const back = new URL(event.url);
  back.searchParams.set('done', done);
  redirect(303, `${back.pathname}${back.search}`);
}

export const actions = {
  approve: (event) => act(event, 'approved', (commissionId) => event.locals.api.adminAffiliate.approveEarly.mutate({ commissionId })),
  clawBack: (event) => act(event, 'clawed-back', (commissionId) => event.locals.api.adminAffiliate.clawBack.mutate({ commissionId })),
} satisfies Actions;
