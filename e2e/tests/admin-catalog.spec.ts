import { expect, test } from '@playwright/test';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

test('a catalog manager creates, stocks and activates a product, and a shopper finds it through search', async ({ page, browser, baseURL }) => {
  const word = `quokka${Date.now().toString(36)}`;
  const title = `${word[0]!.toUpperCase()}${word.slice(1)} trail lamp`;

  await signInToAdmin(page, 'catalog@tandem.test');
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(page).toHaveURL(`${adminUrl()}/catalog`);
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'New product' }) });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Category').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Create the draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('draft');

  // Activating without a variant is refused with the reason.
  await page.getByRole('button', { name: 'Activate (show in the shop)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Add (at least one|a) variant/ }).first()).toBeVisible();

  const variant = page.locator('form', { has: page.getByRole('button', { name: 'Add the variant' }) });
  await variant.getByLabel('SKU', { exact: true }).fill(`${word.toUpperCase()}-1`);
  await variant.getByLabel('Price', { exact: true }).fill('24.50');
  await variant.getByLabel('Opening stock').fill('7');
  await variant.getByRole('button', { name: 'Add the variant' }).click();
  await expect(page.getByRole('form', { name: `Variant ${word.toUpperCase()}-1` })).toBeVisible();

  await page.getByRole('button', { name: 'Activate (show in the shop)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('active');

  await page.getByRole('navigation', { name: 'Catalog' }).getByRole('link', { name: 'Stock' }).click();
  await page.getByLabel('SKU or product').fill(word);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('7');

  // The search index follows through the job queue: wait for the product to appear.
  const shopper = await browser.newPage({ baseURL: baseURL! });
  await expect(async () => {
    await shopper.goto(`/search?q=${word}`);
    await expect(shopper.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000, intervals: [500, 1_000, 2_000] });
  await shopper.getByRole('link', { name: title }).first().click();
  await expect(shopper).toHaveURL(/\/p\/quokka/);
  await expect(shopper.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(shopper.getByText('€24.50').first()).toBeVisible();
});
