import { env } from '$env/dynamic/private';
import { error } from '@sveltejs/kit';
import { EntityId } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import { stripePaymentFor } from '$lib/stripe-payment';
import { afterChangeNotice } from '$lib/order-notices';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  requireCustomer(locals, url);
  if (!EntityId.safeParse(params.id).success) error(404, 'There is no such order.');
  const [order, documents, alsoLike] = await Promise.all([
    locals.api.orders.byId.query({ id: params.id }).catch(rethrowApiError),
    locals.api.orders.documents.query({ id: params.id }).catch(rethrowApiError),
    // A bonus: a failure leaves the suggestions out rather than the order.
    locals.api.recommendations.afterPurchase.query({ orderId: params.id, limit: 4 }).catch(() => []),
  ]);
  return {
    order,
    documents,
    alsoLike,
    placed: url.searchParams.get('placed') === '1',
    stripe: stripePaymentFor(order, env.STRIPE_PUBLISHABLE_KEY),
    returnedFromPayment: url.searchParams.has('payment_intent'),
    notice: afterChangeNotice(url),
  };
}) satisfies PageServerLoad;
