// The names of the ids a saved rule holds (products, variants, categories, referring partners),
// fetched from the API for the rule form's chips.
import { flattenCategories } from '$lib/picker/categories';
import { partnerOption } from '$lib/picker/options';
import { targetLabels } from '$lib/picker/target-labels';
import type { Api } from './api';

export interface TargetIds {
  productIds?: readonly string[];
  variantIds?: readonly string[];
  categoryIds?: readonly string[];
  partnerIds?: readonly string[];
}

/** Each id's name; an id that no longer names anything (or a partner this staff member may not see) is left out. */
export async function targetNames(api: Api, ids: TargetIds): Promise<Record<string, string>> {
  const productIds = [...(ids.productIds ?? [])];
  const variantIds = [...(ids.variantIds ?? [])];
  const [targets, tree, partners] = await Promise.all([
    productIds.length || variantIds.length ? api.adminPricing.ruleTargetsByIds.query({ productIds, variantIds }) : [],
    ids.categoryIds?.length ? api.catalog.categories.query() : [],
    // Partners are named one by one (a promotion refers to a handful); one refused or gone stays unnamed.
    Promise.all((ids.partnerIds ?? []).map((id) => api.adminPartners.detail.query({ id }).catch(() => null))),
  ]);
  return targetLabels({ targets, categories: flattenCategories(tree), partners: partners.flatMap((p) => (p ? [partnerOption(p)] : [])) });
}
