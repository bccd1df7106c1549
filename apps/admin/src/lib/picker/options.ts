// What the admin's pickers list: one option per product or per variant, labelled so a person
// can tell them apart (product title, the variant's option values, SKU and price) — never an id.
import { money } from '$lib/format';

/** One choice in a picker's list. `value` is what the form posts; `data` what a caller may need. */
export interface PickerOption {
  value: string;
  label: string;
  detail: string;
  data?: { priceAmount: number; currency: string; sku: string; productTitle: string };
}

/** A product as the picker searches return it (the API's rule and match targets). */
export interface PickerTarget {
  id: string;
  title: string;
  slug: string;
  status: string;
  variants: { id: string; sku: string; title: string; options?: Record<string, string>; priceAmount: number; currency: string }[];
}

/** "Size M / Red", or the variant's title when it has no option values. */
export function variantName(variant: PickerTarget['variants'][number]): string {
  const values = Object.values(variant.options ?? {}).filter(Boolean);
  return values.length ? values.join(' / ') : variant.title;
}

export function productOptions(targets: readonly PickerTarget[]): PickerOption[] {
  return targets.map((p) => ({ value: p.id, label: p.title, detail: `${p.variants.length} variant${p.variants.length === 1 ? '' : 's'} · ${p.status.toLowerCase()}` }));
}

export function variantOptions(targets: readonly PickerTarget[]): PickerOption[] {
  return targets.flatMap((p) =>
    p.variants.map((v) => ({
      value: v.id,
      label: p.variants.length > 1 || variantName(v) !== 'Default' ? `${p.title} — ${variantName(v)}` : p.title,
      detail: `SKU ${v.sku} · ${money({ amount: v.priceAmount, currency: v.currency })}${p.status === 'ACTIVE' ? '' : ` · ${p.status.toLowerCase()}`}`,
      data: { priceAmount: v.priceAmount, currency: v.currency, sku: v.sku, productTitle: p.title },
    })),
  );
}

/** A partner as the partner picker and a chip name it: "Velo Blog (VELO)". */
export function partnerOption(p: { id: string; name: string; code: string; websiteUrl: string; status: string }): PickerOption {
  return { value: p.id, label: `${p.name} (${p.code})`, detail: `${p.websiteUrl} · ${p.status.toLowerCase()}` };
}

/**
 * A picker search against one of the admin's JSON endpoints (`?q=`), turned into options.
 * A newer search aborts the older one through `signal`.
 */
export function targetSearch(endpoint: string, pick: 'product' | 'variant') {
  return async (query: string, signal: AbortSignal): Promise<PickerOption[]> => {
    const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, { signal });
    if (!response.ok) throw new Error(`search answered ${response.status}`);
    const targets = (await response.json()) as PickerTarget[];
    return pick === 'product' ? productOptions(targets) : variantOptions(targets);
  };
}

/** A search against an endpoint that already answers picker options (e.g. /partners/targets). */
export function optionSearch(endpoint: string) {
  return async (query: string, signal: AbortSignal): Promise<PickerOption[]> => {
    const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, { signal });
    if (!response.ok) throw new Error(`search answered ${response.status}`);
    return (await response.json()) as PickerOption[];
  };
}
