// "Why these?": the signals the store uses about this shopper (the products they viewed, put
// in a cart or bought lately, their customer segment), with a form per product to take it out.
// Switching personalization off goes through the privacy choice (/privacy), which drops the
// visitor id; without consent or an account there is nothing to show.
import { fail } from '@sveltejs/kit';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const knowsVisitor = locals.customer !== null || locals.visitor.id !== null;
  const signals = knowsVisitor
    ? await locals.api.recommendations.signals.query({ visitorId: locals.visitor.id ?? undefined }).catch(rethrowApiError)
    : { products: [], segment: null };
  return { signals, consent: locals.visitor.consent, signedIn: locals.customer !== null };
}) satisfies PageServerLoad;

export const actions = {
  forget: async ({ request, locals }) => {
    const form = await request.formData();
    const productId = String(form.get('productId') ?? '');
    const title = String(form.get('title') ?? '').slice(0, 200);
    if (!productId) return fail(400, { error: 'Choose a product to remove.' });
    try {
      await locals.api.recommendations.forgetSignal.mutate({ visitorId: locals.visitor.id ?? undefined, productId });
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { error: failure.message });
    }
    return { removed: title || 'The product' };
  },
} satisfies Actions;
