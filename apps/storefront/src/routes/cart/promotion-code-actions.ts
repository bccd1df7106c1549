// The cart's discount-code form actions: keep a code on the cart, or take it off. The API says
// whether the code applies and why not; an unknown or malformed code comes back as a form error.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { formFailure } from '@tandem/web-kit/api-error';

export const promotionCodeActions = {
  applyCode: async ({ request, locals }: RequestEvent) => {
    const code = String((await request.formData()).get('code') ?? '').trim();
    if (!code) return fail(400, { codeForm: true, code, message: 'Enter a discount code.' });
    try {
      const pricing = await locals.api.promotions.applyCode.mutate({ code });
      return { codeForm: true, code: pricing.code?.code ?? code, codeApplied: pricing.code?.applied ?? false };
    } catch (cause) {
      const failure = formFailure(cause, ['code']);
      // A malformed code comes back as a field error; an unknown one as the API's own sentence.
      return fail(failure.status, { codeForm: true, code, message: failure.errors.code?.join(' ') || failure.message });
    }
  },

  removeCode: async ({ locals }: RequestEvent) => {
    try {
      await locals.api.promotions.removeCode.mutate();
      return { codeForm: true, code: '', codeRemoved: true };
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { codeForm: true, code: '', message: failure.message });
    }
  },
};
