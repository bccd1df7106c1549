import { fail } from '@sveltejs/kit';
import { PricingPreviewInput, VolumeTiersInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import { formValues, pairs, sampleCart, text, type FormValues } from '../draft-form';
import { segmentOptions } from '../segment-options';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async ({ locals }) => ({
  values: { sampleGroup: 'CONSUMER' } as FormValues,
  segments: await segmentOptions(locals.api).catch(rethrowApiError),
})) satisfies PageServerLoad;

async function read(event: RequestEvent) {
  const values = formValues(await event.request.formData());
  const tiers = pairs(values, 'tiers').map((p) => ({ minQuantity: /^\d+$/.test(p.key) ? Number(p.key) : Number.NaN, unitAmount: p.amount }));
  return { values, parsed: validate(VolumeTiersInput, { variantId: text(values, 'variantId'), tiers }) };
}

export const actions = {
  preview: async (event) => {
    const { values, parsed } = await read(event);
    if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'Please check the tiers.', preview: null, saved: false });
    const request = validate(PricingPreviewInput, { ...sampleCart(values), tiers: parsed.data });
    if (!request.ok) return fail(400, { values, errors: request.errors, message: 'Please check the sample cart.', preview: null, saved: false });
    try {
      return { values, errors: {}, message: '', preview: await event.locals.api.adminPricing.preview.query(request.data), saved: false };
    } catch (cause) {
      const failure = formFailure(cause, ['lines']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message, preview: null, saved: false });
    }
  },
  /** Replaces the variant's whole tier table (an empty table removes its tiers). */
  save: async (event) => {
    const { values, parsed } = await read(event);
    if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'Please check the tiers.', preview: null, saved: false });
    try {
      await event.locals.api.adminPricing.setVolumeTiers.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['variantId', 'tiers']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message, preview: null, saved: false });
    }
    return { values, errors: {}, message: '', preview: null, saved: true };
  },
} satisfies Actions;
