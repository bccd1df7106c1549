import { expect, test, type Page } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';

async function totalShown(page: Page): Promise<number> {
  const text = await page.getByRole('status').filter({ hasText: /products?$/ }).first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

test('a shopper goes from the home page to a category, filters it and opens a product', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Featured products' })).toBeVisible();
  await expect(page.locator('article').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bikes', exact: true }).click();
  await expect(page).toHaveURL(/\/c\/bikes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bikes' })).toBeVisible();
  const allBikes = await totalShown(page);
  expect(allBikes).toBeGreaterThan(10);

  const brand = page.getByRole('group', { name: 'Brand' }).getByRole('checkbox').first();
  await brand.check();
  await expect(page).toHaveURL(/[?&]brand=/);
  await expect.poll(() => totalShown(page)).toBeLessThan(allBikes);
  const filtered = await totalShown(page);
  expect(filtered).toBeGreaterThan(0);
  await expect(page.getByRole('group', { name: 'Brand' }).getByRole('checkbox').first()).toBeChecked();

  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/p\/[a-z0-9-]+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/€\s?[\d.,]+/).first()).toBeVisible();
  await expect(page.getByText(/In stock|Only \d+ left|Out of stock/).first()).toBeVisible();

  const sizes = page.getByRole('radio');
  if ((await sizes.count()) > 1) {
    await sizes.nth(1).check();
    await expect(page).toHaveURL(/[?&]variant=/);
  }
  const addToCart = page.getByRole('button', { name: /add to cart/i });
  if (await page.getByText('Out of stock', { exact: true }).isVisible()) await expect(addToCart).toBeDisabled();
  else await expect(addToCart).toBeEnabled();

  expect(foreign).toEqual([]);
});

test('filters work without JavaScript through the URL', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/c/bikes');
  const allBikes = await totalShown(page);

  await page.getByRole('checkbox', { name: /In stock only/ }).check();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('price-asc');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]stock=1/);
  await expect(page).toHaveURL(/[?&]sort=price-asc/);
  const inStock = await totalShown(page);
  expect(inStock).toBeGreaterThan(0);
  expect(inStock).toBeLessThanOrEqual(allBikes);

  const prices = await page.locator('article').evaluateAll((cards) =>
    cards.map((card) => Number((card.textContent ?? '').match(/€\s?([\d.,]+)/)?.[1]?.replace(/[.,](?=\d{3})/g, '').replace(',', '.') ?? NaN)),
  );
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  await context.close();
});

test('an unknown product is a 404 page inside the shop', async ({ page }) => {
  const response = await page.goto('/p/no-such-product');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
