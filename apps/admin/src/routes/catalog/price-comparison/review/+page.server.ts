// The review queue: offers matched with too little confidence (accept the suggestion) and offers
// nothing matched (pick the variant), or ignore either. Decisions are kept by later imports and
// teach the matcher: the same item in another feed is matched to the same product.
import { fail } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { refusedForm } from '@tandem/web-kit/form-failure';
import type { Actions, PageServerLoad } from './$types';

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export const load = (async ({ locals }) => ({ queue: await locals.api.offers.reviewQueue.query({ limit: 100 }).catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  /** Confirms the suggestion, or the variant picked. */
  match: async ({ locals, request }) => {
    const form = await request.formData();
    const offerId = field(form, 'offerId');
    const variantId = field(form, 'variantId');
    if (form.has('variantId') && !variantId) return fail(400, { offerId, errors: { variantId: ['Choose the variant this offer is'] }, message: '', done: null });
    try {
      await locals.api.offers.confirmMatch.mutate({ offerId, ...(variantId ? { variantId } : {}) });
    } catch (cause) {
      return refusedForm({ offerId, done: null }, cause, ['variantId', 'productId']);
    }
    return { offerId, errors: {}, message: '', done: variantId ? `Matched to ${field(form, 'variantIdLabel') || 'the variant chosen'}.` : 'Suggestion accepted.' };
  },
  /** The offer is not one of ours: it leaves every comparison and is not matched again. */
  ignore: async ({ locals, request }) => {
    const offerId = field(await request.formData(), 'offerId');
    try {
      await locals.api.offers.rejectMatch.mutate({ offerId });
    } catch (cause) {
      return refusedForm({ offerId, done: null }, cause, []);
    }
    return { offerId, errors: {}, message: '', done: 'Offer ignored.' };
  },
} satisfies Actions;
