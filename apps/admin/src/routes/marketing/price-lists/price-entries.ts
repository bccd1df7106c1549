// A price list's entries as its form posts them: one table row per variant (its id hidden, its
// price typed in major units, a "Remove" box ticked without JavaScript), plus — only without
// JavaScript, where the picker is absent — lines "variant id = price" typed into a plain field.
import { amountText } from '$lib/amount';
import { amount, list, pairs, type FormValues } from '../draft-form';

export interface PriceEntry {
  variantId: string;
  /** Minor units; NaN when the typed price is not an amount (the validator refuses it). */
  amount: number;
}

/** The entries a posted form holds, rows first; a typed line for a variant already in a row is left out. */
export function entriesOfForm(values: FormValues): PriceEntry[] {
  const prices = list(values, 'entryPrice');
  const removed = new Set(list(values, 'removeEntry'));
  const rows = list(values, 'entryVariantId')
    .map((variantId, i) => ({ variantId, amount: amount({ price: prices[i] ?? '' }, 'price') ?? Number.NaN }))
    .filter((row) => !removed.has(row.variantId));
  const typed = pairs(values, 'entries').map((p) => ({ variantId: p.key, amount: p.amount }));
  return [...rows, ...typed.filter((t) => !rows.some((row) => row.variantId === t.variantId))];
}

/** Saved entries as the form's row fields. */
export function entryFields(entries: readonly { variantId: string; amount: number }[]): FormValues {
  return { entryVariantId: entries.map((e) => e.variantId), entryPrice: entries.map((e) => amountText(e.amount)), entries: '' };
}

/** The rows a form shows: each posted variant with the price as typed (so a refused one can be corrected). */
export function entryRows(values: FormValues): { variantId: string; price: string }[] {
  const prices = list(values, 'entryPrice');
  const removed = new Set(list(values, 'removeEntry'));
  return list(values, 'entryVariantId').map((variantId, i) => ({ variantId, price: prices[i] ?? '' })).filter((row) => !removed.has(row.variantId));
}
