import { expect, test } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';

test('a code applied in the cart shows its discount, and the checkout explains the price', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  // Helmets: plain products (configurable ones are bought through the configurator instead).
  await page.goto('/c/accessories/helmets?stock=1');
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await page.goto('/cart');

  await page.getByLabel('Discount code').fill('NOSUCHCODE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The code NOSUCHCODE does not exist.' })).toBeVisible();

  await page.getByLabel('Discount code').fill('welcome10');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Code WELCOME10 applied.')).toBeVisible();
  const applied = page.getByRole('list', { name: 'Promotions applied' });
  await expect(applied.getByText('Welcome 10% off (WELCOME10)')).toBeVisible();
  await expect(applied.getByText(/^−€/).first()).toBeVisible();

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/account\/sign-up/);
  await page.getByLabel('Name', { exact: true }).fill('Mary Jackson');
  await page.getByLabel('E-mail').fill(`promo-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/checkout$/);

  await page.getByLabel('Country').selectOption('NL');
  const summary = page.getByRole('complementary', { name: 'Your order' });
  await expect(summary.getByText('Code WELCOME10 applied.')).toBeVisible();
  await expect(summary.getByText('Discounts')).toBeVisible();
  await expect(summary.getByText('How your price is made up')).toBeVisible();
  await expect(summary.getByText('Catalog price').first()).toBeVisible();
  await expect(summary.getByText('Welcome 10% off (WELCOME10)').first()).toBeVisible();

  await page.getByLabel('Street and house number').fill('Keizersgracht 123');
  await page.getByLabel('Postal code').fill('1015 CJ');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/?]+\?placed=1$/);
  expect(foreign).toEqual([]);
});
