import { expect, test } from '@playwright/test';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

test('marketing creates a code promotion with a preview, and a shopper gets its discount and explanation', async ({ page, browser, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  const code = `SPRING${Date.now().toString(36).toUpperCase()}`;

  // The shopper picks a helmet (a plain product) and puts it in the cart.
  await page.goto('/c/accessories/helmets?stock=1');
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
  const sku = ((await page.locator('.sku').textContent()) ?? '').replace(/^SKU\s+/, '').trim();
  expect(sku).not.toBe('');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();

  // Marketing drafts the promotion, previews it on a sample cart with that helmet, and saves it.
  const staff = await browser.newPage();
  // A cold admin app can hydrate the sign-in form while it is being filled: warm it up first.
  await staff.goto(`${adminUrl()}/sign-in`, { waitUntil: 'networkidle' });
  await signInToAdmin(staff, 'marketing@tandem.test');
  await staff.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Marketing' }).click();
  await staff.getByRole('link', { name: 'New promotion' }).click();
  await staff.getByLabel('Name shoppers see').fill('Spring 15% off');
  await staff.getByLabel(/^Code/).fill(code);
  await staff.getByLabel('Kind').selectOption('PERCENT');
  await staff.getByLabel(/^Percent off/).fill('15');
  await staff.getByLabel('Items, one per line: SKU × quantity').fill(`${sku} × 2`);
  await staff.getByRole('button', { name: 'Preview' }).click();
  const preview = staff.getByRole('region', { name: 'Preview on the sample cart' });
  await expect(preview.getByRole('table').getByText(`Spring 15% off (${code}): −€`)).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Applied', exact: true })).toBeVisible();
  await expect(preview.getByText('Catalog price: €').first()).toBeVisible();
  await staff.getByRole('button', { name: 'Save the promotion' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'The promotion was saved.' })).toBeVisible();
  await staff.goto(`${adminUrl()}/marketing/promotions?kind=PERCENT`);
  await expect(staff.getByRole('cell', { name: code })).toBeVisible();

  // The shopper applies the code in the cart and sees the discount explained at checkout.
  await page.goto('/cart');
  await page.getByLabel('Discount code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(`Code ${code} applied.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Promotions applied' }).getByText(`Spring 15% off (${code})`)).toBeVisible();

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Rosa Spring');
  await page.getByLabel('E-mail').fill(`spring-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByLabel('Country').selectOption('NL');
  const summary = page.getByRole('complementary', { name: 'Your order' });
  await expect(summary.getByText(`Code ${code} applied.`)).toBeVisible();
  await expect(summary.getByText('How your price is made up')).toBeVisible();
  await expect(summary.getByText(`Spring 15% off (${code})`).first()).toBeVisible();
  expect(foreign).toEqual([]);
});
