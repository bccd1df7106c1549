// The price list form ↔ the API's PriceListInput, and the actions of its new and edit screens:
// preview on a sample cart, save.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { PriceListInput, PricingPreviewInput } from '@tandem/validators';
import { formFailure } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import type { Api } from '$lib/server/api';
import { targetNames } from '$lib/server/target-names';
import { formValues, list, pairs, sampleCart, text, toLocalInput, utcDate, type FormValues } from '../draft-form';
import { entriesOfForm, entryFields } from './price-entries';

const SHOWN = ['name', 'customerGroup', 'startsAt', 'endsAt', 'entries', 'lines'];

export const NEW_PRICE_LIST: FormValues = { customerGroup: 'RETAILER', sampleGroup: 'RETAILER', active: 'on' };

interface SavedPriceList {
  name: string;
  customerGroup: string;
  active: boolean;
  startsAt: Date | string | null;
  endsAt: Date | string | null;
  entries: { variantId: string; amount: number }[];
}

/** A saved price list as form values, for the edit screen; its preview buys as its group. */
export function formOfPriceList(list: SavedPriceList): FormValues {
  return {
    name: list.name, customerGroup: list.customerGroup, active: list.active ? 'on' : '', startsAt: toLocalInput(list.startsAt), endsAt: toLocalInput(list.endsAt),
    ...entryFields(list.entries), sample: '', sampleGroup: list.customerGroup,
  };
}

function priceListFromForm(values: FormValues, id: string | null) {
  return {
    ...(id ? { id } : {}), name: text(values, 'name'), customerGroup: text(values, 'customerGroup'), active: text(values, 'active') === 'on',
    startsAt: utcDate(values, 'startsAt'), endsAt: utcDate(values, 'endsAt'),
    entries: entriesOfForm(values),
  };
}

/** The names of the variants a form's entries name, for its table rows. */
export function entryLabels(api: Api, values: FormValues): Promise<Record<string, string>> {
  return targetNames(api, { variantIds: [...list(values, 'entryVariantId'), ...pairs(values, 'entries').map((p) => p.key)] });
}

async function read(event: RequestEvent, id: string | null) {
  const values = formValues(await event.request.formData());
  return { values, parsed: validate(PriceListInput, priceListFromForm(values, id)) };
}

/** `id` null: the new-list form; otherwise the list being edited (its preview replaces the saved version). */
export function priceListActions(id: string | null) {
  const refused = async (event: RequestEvent, values: FormValues, cause: unknown) => {
    const failure = formFailure(cause, SHOWN);
    return fail(failure.status, { values, labels: await entryLabels(event.locals.api, values), errors: failure.errors, message: failure.message, preview: null });
  };
  const invalid = async (event: RequestEvent, values: FormValues, errors: Record<string, string[]>, message: string) =>
    fail(400, { values, labels: await entryLabels(event.locals.api, values), errors, message, preview: null });
  return {
    preview: async (event: RequestEvent) => {
      const { values, parsed } = await read(event, id);
      if (!parsed.ok) return invalid(event, values, parsed.errors, 'Please check the price list.');
      const request = validate(PricingPreviewInput, { ...sampleCart(values), priceList: parsed.data });
      if (!request.ok) return invalid(event, values, request.errors, 'Please check the sample cart.');
      try {
        const preview = await event.locals.api.adminPricing.preview.query(request.data);
        return { values, labels: await entryLabels(event.locals.api, values), errors: {}, message: '', preview };
      } catch (cause) {
        return refused(event, values, cause);
      }
    },
    save: async (event: RequestEvent) => {
      const { values, parsed } = await read(event, id);
      if (!parsed.ok) return invalid(event, values, parsed.errors, 'Please check the price list.');
      try {
        await event.locals.api.adminPricing.savePriceList.mutate(parsed.data);
      } catch (cause) {
        return refused(event, values, cause);
      }
      redirect(303, id ? `/marketing/price-lists/${id}?saved=1` : '/marketing/price-lists?saved=1');
    },
  };
}
