import { error, fail } from '@sveltejs/kit';
import { Slug } from '@tandem/validators';
import { addLineFromForm } from '$lib/cart-form';
import { itemTitle } from '$lib/labels';
import { formFailure, rethrowApiError } from '$lib/server/api-error';
import { rememberCart } from '$lib/server/cookies';
import { withTodayVariantPrices } from '$lib/server/today-prices';
import { selectVariant } from '$lib/variant-selection';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  if (!Slug.safeParse(params.slug).success) error(404, 'There is no such product.');
  const catalogProduct = await locals.api.catalog.bySlug.query({ slug: params.slug }).catch(rethrowApiError);
  const { product, tiers, labels } = await withTodayVariantPrices(locals.api, catalogProduct);
  // `?variant=<sku>` or `?option.<name>=<value>…` (the no-JavaScript picker) choose the variant.
  const variant = selectVariant(product.variants, url.searchParams);
  return { product, tiers, labels, selectedSku: variant?.sku ?? null };
}) satisfies PageServerLoad;

export const actions = {
  addToCart: async (event) => {
    const parsed = addLineFromForm(await event.request.formData());
    if (!parsed.ok) return fail(400, { errors: parsed.errors, message: 'Please check the quantity.' });
    try {
      const { cart, cartToken } = await event.locals.api.cart.addLine.mutate(parsed.data);
      if (cartToken) rememberCart(event, cartToken);
      const line = cart.lines.find((l) => l.variantId === parsed.data.variantId);
      const title = line ? itemTitle(line.productTitle, line.variantTitle) : 'the item';
      return { added: { quantity: parsed.data.quantity, title, inCart: line?.quantity ?? parsed.data.quantity } };
    } catch (cause) {
      const failure = formFailure(cause, ['quantity']);
      return fail(failure.status, { errors: failure.errors, message: failure.message });
    }
  },
} satisfies Actions;
