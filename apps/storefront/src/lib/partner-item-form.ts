// The portal's item form: text fields → the API's SavePartnerItemInput (prices typed as
// "59.90" in the chosen currency, keywords and categories as lists), with messages per field.
import { parseFeedMoney, SavePartnerItemInput } from '@tandem/validators';
import { textFields, validate, type Validation } from '@tandem/web-kit/forms';

export const PARTNER_ITEM_FIELDS = ['id', 'title', 'description', 'price', 'currency', 'url', 'keywords'] as const;
export type PartnerItemFormValues = Record<(typeof PARTNER_ITEM_FIELDS)[number], string> & { categories: string[] };

const list = (text: string) => text.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);

/** Reads the form (without the image, which the action adds) into the API's input. */
export function partnerItemFromForm(form: FormData): { values: PartnerItemFormValues; result: Validation<SavePartnerItemInput> } {
  const values = { ...textFields(form, PARTNER_ITEM_FIELDS), categories: form.getAll('categories').filter((v): v is string => typeof v === 'string') };
  const price = parseFeedMoney(`${values.price.trim().replace(',', '.')} ${values.currency || 'EUR'}`);
  if (typeof price === 'string') return { values, result: { ok: false, errors: { price: ['Type the price like 59.90'] } } };
  const createKey = form.get('createKey');
  const result = validate(SavePartnerItemInput, {
    // An edit names its item; a new item carries its form's key, so a repeat adds nothing.
    ...(values.id ? { id: values.id } : typeof createKey === 'string' && createKey ? { createKey } : {}),
    title: values.title,
    description: values.description,
    priceAmount: price.amount,
    currency: price.currency,
    url: values.url.trim(),
    categories: values.categories,
    keywords: list(values.keywords),
  });
  return { values, result: result as Validation<SavePartnerItemInput> };
}
