// Reading the marketing forms: text fields into the API's draft inputs, and the sample cart
// every edit screen previews ("SKU × quantity" lines and a customer group).
import { parseMinorUnits } from '$lib/amount';

export type FormValues = Record<string, string | string[]>;

/** Every value of the form, repeated names (checkboxes) as lists. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    const had = values[name];
    values[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return values;
}

export const text = (v: FormValues, name: string): string => {
  const value = v[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
};
export const list = (v: FormValues, name: string): string[] => {
  const value = v[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};
/** Every id posted under `name` — one per field (a chip list) or several in one ("a, b c") — once each. */
export const ids = (v: FormValues, name: string): string[] => [...new Set(list(v, name).flatMap((value) => value.split(/[\s,]+/)).filter(Boolean))];
/** A whole number, null when empty; NaN (refused by the schema) when not a number. */
export const count = (v: FormValues, name: string): number | null => (text(v, name) === '' ? null : /^\d+$/.test(text(v, name)) ? Number(text(v, name)) : Number.NaN);
/** Money typed as "12.50", in minor units; null when empty. */
export const amount = (v: FormValues, name: string): number | null => (text(v, name) === '' ? null : (parseMinorUnits(text(v, name)) ?? Number.NaN));
/** A `datetime-local` value read as UTC, null when empty. */
export const utcDate = (v: FormValues, name: string): string | null => (text(v, name) === '' ? null : `${text(v, name)}:00Z`);
/** A date for a `datetime-local` input, in UTC. */
export const toLocalInput = (value: Date | string | null | undefined): string => (value ? new Date(value).toISOString().slice(0, 16) : '');

/** The sample cart of a preview: lines "SKU × 2" (or "SKU 2"), one per line, and the buyer's group. */
export function sampleCart(v: FormValues) {
  const lines = text(v, 'sample')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [sku = '', qty] = line.split(/\s*[×x*]\s*|\s+/);
      return { sku, quantity: qty ? Number(qty) : 1 };
    });
  return { lines, customerGroup: text(v, 'sampleGroup') || 'CONSUMER', firstOrder: text(v, 'sampleFirstOrder') === 'on', segmentKeys: ids(v, 'sampleSegments') };
}

/** Lines "left = 12.50" (e.g. "variantId = price", "quantity = price") as pairs; bad lines give NaN. */
export function pairs(v: FormValues, name: string): { key: string; amount: number }[] {
  return text(v, name)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [key = '', price = ''] = line.split(/\s*[=:]\s*/);
      return { key, amount: amount({ p: price }, 'p') ?? Number.NaN };
    });
}
