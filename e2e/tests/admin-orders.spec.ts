import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { adminUrl, callApi, signInToAdmin } from '../support/staff.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';

interface Signed { session: { token: string } }
interface Listing { items: { slug: string }[] }
interface Product { variants: { id: string; stock: { status: string; quantity: number } }[] }

/** A signed-up shopper with one placed (unpaid, offline) order, made through the API. */
async function shopperWithOrder() {
  const email = `olga-${Date.now()}@example.test`;
  const { session } = await callApi<Signed>('mutation', 'auth.signUp', { name: 'Olga Order', email, password: 'correct horse battery staple' });
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
      { idempotencyKey: randomUUID(), shippingMethodCode: 'standard', acceptedTerms: true, shippingAddress: { name: 'Olga Order', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' } },
      session.token,
    );
    return { order, token: session.token };
  }
  throw new Error('No product with stock to order');
}

test('an admin finds an order, ships it with a tracking number, and the shopper sees it shipped', async ({ page, browser, baseURL }) => {
  const { order, token } = await shopperWithOrder();

  await signInToAdmin(page, 'admin@tandem.test');
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Orders' }).click();
  await page.getByLabel('Order number, e-mail or name').fill(order.number);
  await page.getByRole('button', { name: 'Find orders' }).click();
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: order.number }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Awaiting payment');

  await page.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(page.getByText('The payment was recorded.')).toBeVisible();
  await page.getByLabel('Carrier').fill('PostNL');
  await page.getByLabel('Tracking number').fill('3SXYZ98765432');
  await page.getByLabel('Tracking link (optional)').fill('https://tracking.example/3SXYZ98765432');
  await page.getByRole('button', { name: 'Mark shipped and e-mail the shopper' }).click();
  await expect(page.getByText(/marked shipped and the shopper was e-mailed/)).toBeVisible();
  await expect(page.getByText(/Shipped .* with PostNL, tracking 3SXYZ98765432/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Fulfilled')).toBeVisible();

  // The audit log has the change, with before and after.
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Audit log' }).click();
  await page.getByLabel('Action (or its start)').fill('orders.fulfil');
  await page.getByRole('button', { name: 'Filter' }).click();
  const entry = page.getByRole('article').filter({ hasText: order.id }).first();
  await expect(entry.getByRole('row').filter({ hasText: 'status' }).filter({ hasText: 'FULFILLED' })).toBeVisible();

  // The shopper, signed in on the storefront, sees the order shipped.
  const shop = await browser.newContext({ baseURL: baseURL! });
  await shop.addCookies([{ name: SHOP_COOKIE.session, value: token, url: baseURL! }]);
  const shopper = await shop.newPage();
  await shopper.goto(`/account/orders/${order.id}`);
  await expect(shopper.getByText('Shipped', { exact: true }).first()).toBeVisible();
  await shop.close();
  expect(adminUrl()).toContain('127.0.0.1');
});
