import { rethrowApiError } from '@tandem/web-kit/api-error';
import { publicOrigin } from '$lib/server/public-origin';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const { api, auth, customer } = locals;
  // Someone without a session or cart cookie has an empty cart: no need to ask.
  const hasCart = customer !== null || auth.cartToken !== null;
  const [categories, cartCount] = await Promise.all([
    api.catalog.categories.query().catch(rethrowApiError),
    hasCart ? api.cart.get.query().then((cart) => cart.itemCount, () => 0) : 0,
  ]);
  return { categories, cartCount, customer: customer ? { name: customer.name } : null, trackingChoice: locals.visitor.consent, siteOrigin: publicOrigin(url) };
}) satisfies LayoutServerLoad;
