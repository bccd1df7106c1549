// The actions of the promotion edit screens (new and existing): preview on a sample cart, save.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { PricingPreviewInput, PromotionInput } from '@tandem/validators';
import { formFailure } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import type { RouterOutputs } from '$lib/staff';
import { formValues, sampleCart, type FormValues } from '../draft-form';
import { namesInForm } from '../target-names';
import { promotionFromForm } from './promotion-form';

const SHOWN = ['name', 'code', 'kind', 'percentBps', 'amount', 'buyQuantity', 'getQuantity', 'giftVariantId', 'bundleVariantIds', 'bundlePickQuantity', 'categoryIds', 'minSubtotalAmount', 'minQuantity', 'startsAt', 'endsAt', 'usageLimit', 'perCustomerLimit', 'lines'];

async function read(event: RequestEvent) {
  const values = formValues(await event.request.formData());
  return { values, parsed: validate(PromotionInput, promotionFromForm(values)) };
}

/** The form shown again: what was posted, the names of its targets, and what went wrong. */
async function shownAgain(event: RequestEvent, values: FormValues, answer: { errors: Record<string, string[] | undefined>; message: string; preview: RouterOutputs['adminPricing']['preview'] | null }) {
  return { values, labels: await namesInForm(event.locals.api, values), ...answer };
}

export function promotionActions(id: string | null) {
  return {
    preview: async (event: RequestEvent) => {
      const { values, parsed } = await read(event);
      if (!parsed.ok) return fail(400, await shownAgain(event, values, { errors: parsed.errors, message: 'Please check the promotion.', preview: null }));
      const request = validate(PricingPreviewInput, { ...sampleCart(values), promotion: parsed.data, promotionId: id });
      if (!request.ok) return fail(400, await shownAgain(event, values, { errors: request.errors, message: 'Please check the sample cart.', preview: null }));
      try {
        const preview = await event.locals.api.adminPricing.preview.query(request.data);
        return shownAgain(event, values, { errors: {}, message: '', preview });
      } catch (cause) {
        const failure = formFailure(cause, SHOWN);
        return fail(failure.status, await shownAgain(event, values, { errors: failure.errors, message: failure.message, preview: null }));
      }
    },
    save: async (event: RequestEvent) => {
      const { values, parsed } = await read(event);
      if (!parsed.ok) return fail(400, await shownAgain(event, values, { errors: parsed.errors, message: 'Please check the promotion.', preview: null }));
      let savedId: string;
      try {
        savedId = id
          ? (await event.locals.api.adminPricing.updatePromotion.mutate({ id, promotion: parsed.data })).id
          : (await event.locals.api.adminPricing.createPromotion.mutate(parsed.data)).id;
      } catch (cause) {
        const failure = formFailure(cause, SHOWN);
        return fail(failure.status, await shownAgain(event, values, { errors: failure.errors, message: failure.message, preview: null }));
      }
      redirect(303, `/marketing/promotions/${savedId}?saved=1`);
    },
  };
}
