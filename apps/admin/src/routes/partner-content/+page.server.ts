import { fail } from '@sveltejs/kit';
import { PartnerItemQueueInput, ReviewPartnerItemInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const { status } = PartnerItemQueueInput.catch({ status: 'PENDING' }).parse({ status: url.searchParams.get('status') ?? undefined });
  const [items, clicks] = await Promise.all([locals.api.adminPartnerContent.queue.query({ status }), locals.api.adminPartnerContent.clicksByPartner.query({ days: 30 })]).catch(rethrowApiError);
  return { status, items, clicks };
}) satisfies PageServerLoad;

export const actions = {
  review: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = ReviewPartnerItemInput.safeParse({ itemId: form.get('itemId'), decision: form.get('decision'), note: String(form.get('note') ?? '') || undefined });
    if (!parsed.success) return fail(400, { message: 'Choose approve or reject.' });
    try {
      const item = await locals.api.adminPartnerContent.review.mutate(parsed.data);
      return { done: item.status === 'APPROVED' ? 'Approved: the item is shown in the shop.' : 'Rejected: the partner sees your note.' };
    } catch (cause) {
      return fail(400, { message: formFailure(cause, []).message });
    }
  },
} satisfies Actions;
