import { error, fail } from '@sveltejs/kit';
import { Slug } from '@tandem/validators';
import { addLineFromForm } from '$lib/cart-form';
import { itemTitle } from '$lib/labels';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { loadPriceComparison } from '$lib/server/price-comparison';
import { rememberCart } from '$lib/server/cookies';
import { withTodayVariantPrices } from '$lib/server/today-prices';
import { recordBehaviour } from '$lib/server/visitor';
import { selectVariant } from '$lib/variant-selection';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  if (!Slug.safeParse(params.slug).success) error(404, 'There is no such product.');
  const priceComparison = loadPriceComparison(locals.api, params.slug);
  const [catalogProduct, configurable] = await Promise.all([
    locals.api.catalog.bySlug.query({ slug: params.slug }).catch(rethrowApiError),
    locals.api.configurator.isConfigurable.query({ slug: params.slug }).catch(() => false),
  ]);
  // Runs beside the loads below; awaited at the end so the visitor's next page already knows the view.
  const viewRecorded = recordBehaviour(locals, [{ type: 'VIEW', productId: catalogProduct.id }]);
  // Recommendations are a bonus: a failure leaves their sections out rather than the page.
  const recommendations = locals.api.recommendations.forProduct.query({ productId: catalogProduct.id, limit: 4 }).catch(() => ({ boughtTogether: [], similar: [] }));
  const partnerPicks = locals.api.partnerContent.forProduct.query({ productId: catalogProduct.id, limit: 3 }).catch(() => []);
  const groupBuys = locals.api.groupBuys.forProduct.query({ productId: catalogProduct.id }).catch(() => []);
  const { product, tiers, labels } = await withTodayVariantPrices(locals.api, catalogProduct);
  // `?variant=<sku>` or `?option.<name>=<value>…` (the no-JavaScript picker) choose the variant.
  const variant = selectVariant(product.variants, url.searchParams);
  await viewRecorded;
  return { product, tiers, labels, selectedSku: variant?.sku ?? null, configurable, priceComparison: await priceComparison, recommendations: await recommendations, partnerPicks: await partnerPicks, groupBuys: await groupBuys, asker: locals.customer ? { name: locals.customer.name, email: locals.customer.email } : null };
}) satisfies PageServerLoad;

export const actions = {
  addToCart: async (event) => {
    const parsed = addLineFromForm(await event.request.formData());
    if (!parsed.ok) return fail(400, { errors: parsed.errors, message: 'Please check the quantity.' });
    try {
      const { cart, cartToken } = await event.locals.api.cart.addLine.mutate(parsed.data);
      if (cartToken) rememberCart(event, cartToken);
      const line = cart.lines.find((l) => l.variantId === parsed.data.variantId);
      if (line) void recordBehaviour(event.locals, [{ type: 'ADD_TO_CART', productId: line.productId, quantity: parsed.data.quantity }]);
      const title = line ? itemTitle(line.productTitle, line.variantTitle) : 'the item';
      return { added: { quantity: parsed.data.quantity, title, inCart: line?.quantity ?? parsed.data.quantity } };
    } catch (cause) {
      const failure = formFailure(cause, ['quantity']);
      return fail(failure.status, { errors: failure.errors, message: failure.message });
    }
  },
} satisfies Actions;
