import { expect, test, type BrowserContext } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';
import { openProductInStock } from '../support/checkout.ts';

function uniqueEmail(): string {
  return `rider-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SHOP_COOKIE.session);
}

test('a shopper adds a product, signs up at checkout, places an order and finds it in their account', async ({ page, context, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);

  const title = await openProductInStock(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Cart, 1 item$/ })).toBeVisible();

  await page.getByRole('link', { name: 'View cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await page.getByRole('button', { name: /^One more/ }).click();
  await expect(page.getByRole('spinbutton', { name: /^Quantity of/ })).toHaveValue('2');
  await expect(page.getByRole('link', { name: /Cart, 2 items$/ })).toBeVisible();

  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/account\/sign-up/);
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('E-mail').fill(uniqueEmail());
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/checkout$/);
  const session = await sessionCookie(context);
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
  expect(await page.evaluate<string>('document.cookie')).not.toContain(SHOP_COOKIE.session);

  await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace');
  await page.getByLabel('Street and house number').fill('Keizersgracht 123');
  await page.getByLabel('Postal code').fill('1015 CJ');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByLabel('Country').selectOption('NL');
  await page.getByRole('radio', { name: /Standard parcel/ }).check();
  const summary = page.getByRole('complementary', { name: 'Your order' });
  await expect(summary.getByText('incl. VAT 21%')).toBeVisible();
  await expect(summary.getByText(title)).toBeVisible();

  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/?]+\?placed=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order!' })).toBeVisible();
  const confirmation = await page.getByText(/Your order number is/).innerText();
  const number = /T-[A-Z0-9]+/.exec(confirmation)?.[0];
  expect(number).toBeTruthy();
  await expect(page.getByText('Awaiting payment', { exact: true })).toBeVisible();
  // The demo store's first payment method, bank transfer: the account and the reference at once.
  await expect(page.getByText(/Please transfer .+ by .+ with the payment reference exactly as shown/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'How to pay: bank transfer' }).getByText('NL91 ABNA 0417 1643 00')).toBeVisible();
  await expect(page.getByRole('link', { name: /Cart, 0 items$/ })).toBeVisible();
  const alsoLike = page.getByRole('region', { name: 'You might also like' });
  await expect(alsoLike.getByRole('link').first()).toBeVisible();
  // No card for the product just bought (its name may still appear in a reason: "Often bought with …").
  await expect(alsoLike.getByRole('heading', { level: 3, name: title, exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'All your orders' }).click();
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole('link', { name: `Order ${number}` })).toBeVisible();

  expect(foreign).toEqual([]);
});

test('the cart and checkout work without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();

  await openProductInStock(page);
  await page.getByLabel('Quantity').fill('2');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(/Added 2 ×/)).toBeVisible();
  const cart = (await context.cookies()).find((cookie) => cookie.name === SHOP_COOKIE.cart);
  expect(cart?.httpOnly).toBe(true);

  await page.goto('/cart');
  await page.getByRole('button', { name: /^One less/ }).click();
  await expect(page.getByRole('spinbutton', { name: /^Quantity of/ })).toHaveValue('1');

  await page.goto('/checkout');
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/account\/sign-up/);
  await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
  await page.getByLabel('E-mail').fill(uniqueEmail());
  await page.getByLabel('Password').fill('a much longer passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/checkout$/);

  await page.getByLabel('Country').selectOption('DE');
  await page.getByRole('button', { name: 'Update shipping' }).click();
  await expect(page.getByText('incl. VAT 19%')).toBeVisible();
  await expect(page.getByLabel('Country')).toHaveValue('DE');

  await page.getByLabel('Street and house number').fill('Unter den Linden 1');
  await page.getByLabel('Postal code').fill('10117');
  await page.getByLabel('City').fill('Berlin');
  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/?]+\?placed=1$/);
  await expect(page.getByText('Awaiting payment', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Delivery' })).toContainText('Berlin Germany');
  await context.close();
});
