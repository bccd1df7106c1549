// The names of the targets a promotion or clearance rule form holds, for its chip lists (and the
// gift variant's picker), whether the values come from a saved rule or from a refused post.
import type { Api } from '$lib/server/api';
import { targetNames } from '$lib/server/target-names';
import { ids, type FormValues } from './draft-form';

export function namesInForm(api: Api, values: FormValues): Promise<Record<string, string>> {
  return targetNames(api, {
    productIds: ids(values, 'productIds'),
    variantIds: [...ids(values, 'variantIds'), ...ids(values, 'bundleVariantIds'), ...ids(values, 'giftVariantId')],
    categoryIds: ids(values, 'categoryIds'),
    partnerIds: ids(values, 'partnerIds'),
  });
}
