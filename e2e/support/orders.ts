// A signed-up shopper with one placed (unpaid, offline) order, made through the API as any client
// would: the admin specs ship, refund and take returns of it.
import { randomUUID } from 'node:crypto';
import { callApi } from './staff.ts';

interface Signed { session: { token: string } }
interface Listing { items: { slug: string }[] }
interface Product { variants: { id: string; stock: { status: string; quantity: number } }[] }

/** Signs a new shopper up and places an order of one plain product in stock; returns the order, the session token and the e-mail. */
export async function shopperWithOrder(name = 'Olga Order') {
  const email = `${name.split(' ')[0]!.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const { session } = await callApi<Signed>('mutation', 'auth.signUp', { name, email, password: 'correct horse battery staple' });
  const listing = await callApi<Listing>('query', 'catalog.list', { inStock: true, limit: 10 });
  for (const { slug } of listing.items) {
    const product = await callApi<Product>('query', 'catalog.bySlug', { slug });
    const variant = product.variants.find((v) => v.stock.quantity >= 5);
    // Configurable products are bought through the configurator, not as a plain variant.
    if (!variant || (await callApi<boolean>('query', 'configurator.isConfigurable', { slug }))) continue;
    await callApi('mutation', 'cart.addLine', { variantId: variant.id, quantity: 1 }, session.token);
    const order = await callApi<{ id: string; number: string }>(
      'mutation',
      'checkout.placeOrder',
      { idempotencyKey: randomUUID(), shippingMethodCode: 'standard', acceptedTerms: true, shippingAddress: { name, line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' } },
      session.token,
    );
    return { order, token: session.token, email };
  }
  throw new Error('No product with stock to order');
}
