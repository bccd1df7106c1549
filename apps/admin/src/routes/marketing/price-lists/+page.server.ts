import { fail, redirect } from '@sveltejs/kit';
import { PriceListInput, PricingPreviewInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import { formValues, pairs, sampleCart, text, utcDate, type FormValues } from '../draft-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async ({ locals }) => ({
  lists: await locals.api.adminPricing.priceLists.query().catch(rethrowApiError),
  values: { customerGroup: 'RETAILER', sampleGroup: 'RETAILER', active: 'on' } as FormValues,
})) satisfies PageServerLoad;

async function read(event: RequestEvent) {
  const values = formValues(await event.request.formData());
  const parsed = validate(PriceListInput, {
    name: text(values, 'name'), customerGroup: text(values, 'customerGroup'), active: text(values, 'active') === 'on',
    startsAt: utcDate(values, 'startsAt'), endsAt: utcDate(values, 'endsAt'),
    entries: pairs(values, 'entries').map((p) => ({ variantId: p.key, amount: p.amount })),
  });
  return { values, parsed };
}

export const actions = {
  preview: async (event) => {
    const { values, parsed } = await read(event);
    if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'Please check the price list.', preview: null });
    const request = validate(PricingPreviewInput, { ...sampleCart(values), priceList: parsed.data });
    if (!request.ok) return fail(400, { values, errors: request.errors, message: 'Please check the sample cart.', preview: null });
    try {
      return { values, errors: {}, message: '', preview: await event.locals.api.adminPricing.preview.query(request.data) };
    } catch (cause) {
      const failure = formFailure(cause, ['lines']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message, preview: null });
    }
  },
  save: async (event) => {
    const { values, parsed } = await read(event);
    if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'Please check the price list.', preview: null });
    try {
      await event.locals.api.adminPricing.savePriceList.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['name', 'entries', 'endsAt']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message, preview: null });
    }
    redirect(303, '/marketing/price-lists?saved=1');
  },
} satisfies Actions;
