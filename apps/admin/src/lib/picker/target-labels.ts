// The names a rule form's chips show for the ids it holds: products and variants as the product
// picker labels them, categories by their trail, partners as the partner picker does — so a
// saved target reads exactly as it did when it was picked.
import type { FlatCategory } from './categories';
import { productOptions, variantOptions, type PickerOption, type PickerTarget } from './options';

export interface TargetSources {
  /** The products holding the chosen products and variants (adminPricing.ruleTargetsByIds). */
  targets: readonly PickerTarget[];
  categories: readonly FlatCategory[];
  partners: readonly PickerOption[];
}

/**
 * Each known id's name; ids of products, categories or partners deleted since are absent.
 *
 * @example targetLabels({ targets, categories, partners: [] })['v1'] // 'Aero Helmet — M / Red'
 */
export function targetLabels({ targets, categories, partners }: TargetSources): Record<string, string> {
  return Object.fromEntries([
    ...productOptions(targets).map((o) => [o.value, o.label]),
    ...variantOptions(targets).map((o) => [o.value, o.label]),
    ...categories.map((c) => [c.id, c.trail]),
    ...partners.map((o) => [o.value, o.label]),
  ]);
}
