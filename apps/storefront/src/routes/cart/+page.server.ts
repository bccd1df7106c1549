import { fail } from '@sveltejs/kit';
import { quantityChangeFromForm } from '$lib/cart-form';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { promotionCodeActions } from './promotion-code-actions';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const cart = await locals.api.cart.get.query().catch(rethrowApiError);
  const [pricing, completeYourSetup] = await Promise.all([
    locals.api.promotions.cartPricing.query().catch(rethrowApiError),
    // "Complete your setup" is a bonus: a failure leaves it out rather than the cart.
    cart.lines.length ? locals.api.recommendations.forCart.query({ productIds: [...new Set(cart.lines.map((l) => l.productId))], limit: 4 }).catch(() => []) : Promise.resolve([]),
  ]);
  return { cart, pricing, completeYourSetup, signedIn: locals.customer !== null };
}) satisfies PageServerLoad;

export const actions = {
  setQuantity: async ({ request, locals }) => {
    const form = await request.formData();
    const lineId = String(form.get('lineId') ?? '');
    const parsed = quantityChangeFromForm(form);
    if (!parsed.ok) return fail(400, { lineId, errors: parsed.errors, message: parsed.errors.quantity?.join(' ') ?? 'Please check the quantity.' });
    try {
      await locals.api.cart.setQuantity.mutate(parsed.data);
      return { lineId, updated: parsed.data.quantity };
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { lineId, errors: failure.errors, message: failure.message });
    }
  },

  remove: async ({ request, locals }) => {
    const lineId = String((await request.formData()).get('lineId') ?? '');
    try {
      await locals.api.cart.removeLine.mutate({ lineId });
      return { lineId, removed: true };
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { lineId, errors: failure.errors, message: failure.message });
    }
  },

  ...promotionCodeActions,
} satisfies Actions;
