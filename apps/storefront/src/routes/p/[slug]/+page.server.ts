import { error } from '@sveltejs/kit';
import { Slug } from '@tandem/validators';
import { rethrowApiError } from '$lib/server/api-error';
import { selectVariant } from '$lib/variant-selection';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  if (!Slug.safeParse(params.slug).success) error(404, 'There is no such product.');
  const product = await locals.api.catalog.bySlug.query({ slug: params.slug }).catch(rethrowApiError);
  // `?variant=<sku>` or `?option.<name>=<value>…` (the no-JavaScript picker) choose the variant.
  const variant = selectVariant(product.variants, url.searchParams);
  return { product, selectedSku: variant?.sku ?? null };
}) satisfies PageServerLoad;
