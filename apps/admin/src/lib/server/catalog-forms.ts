// Reading the catalog editor's forms: prices typed as "34.50" become minor units, options and
// attributes are typed one "name=value" per line, empty optional fields become null.
import { CreateVariantInput, SetAttributesInput, UpdateProductInput, UpdateVariantInput } from '@tandem/validators';
import { textFields, validate, wholeNumber } from '@tandem/web-kit/forms';
import { parseMinorUnits, STORE_CURRENCY } from '$lib/amount';

export const PRODUCT_FIELDS = ['title', 'slug', 'description', 'categoryId', 'brandId'] as const;
export const VARIANT_FIELDS = ['sku', 'title', 'price', 'currency', 'compareAt', 'stockOnHand', 'options', 'weightGrams', 'gtin', 'mpn'] as const;

/** "size=M\ncolour=Red" (or ";"-separated) → [["size","M"],["colour","Red"]]. */
export function readPairs(text: string): [string, string][] {
  return text
    .split(/[\n;]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

export const writePairs = (pairs: readonly (readonly [string, string])[]) => pairs.map(([k, v]) => `${k}=${v}`).join('\n');

const money = (text: string, currency: string) => (text.trim() === '' ? undefined : (parseMinorUnits(text, currency) ?? Number.NaN));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function readProductForm(form: FormData, id: string) {
  const values = textFields(form, PRODUCT_FIELDS);
  const parsed = validate(UpdateProductInput, {
    id, title: values.title, slug: values.slug.trim() || undefined, description: values.description, categoryId: values.categoryId,
    brandId: values.brandId || null, featured: form.get('featured') === 'on',
  });
  return { values, parsed };
}

function variantFields(values: Record<(typeof VARIANT_FIELDS)[number], string>) {
  const currency = values.currency.trim().toUpperCase() || STORE_CURRENCY;
  return {
    sku: values.sku, title: values.title, priceAmount: money(values.price, currency), currency,
    compareAtAmount: values.compareAt.trim() === '' ? null : money(values.compareAt, currency), optionValues: Object.fromEntries(readPairs(values.options)),
    weightGrams: wholeNumber(values.weightGrams) ?? 0, gtin: orNull(values.gtin), mpn: orNull(values.mpn),
  };
}

export function readNewVariantForm(form: FormData, productId: string) {
  const values = textFields(form, VARIANT_FIELDS);
  const parsed = validate(CreateVariantInput, { productId, ...variantFields(values), stockOnHand: wholeNumber(values.stockOnHand) ?? 0 });
  return { values, parsed };
}

export function readVariantForm(form: FormData) {
  const values = textFields(form, VARIANT_FIELDS);
  const parsed = validate(UpdateVariantInput, { id: String(form.get('id') ?? ''), ...variantFields(values) });
  return { values, parsed };
}

export function readAttributesForm(form: FormData, productId: string) {
  const values = textFields(form, ['attributes']);
  const parsed = validate(SetAttributesInput, { productId, attributes: readPairs(values.attributes).map(([name, value]) => ({ name: name.toLowerCase(), value })) });
  return { values, parsed };
}
