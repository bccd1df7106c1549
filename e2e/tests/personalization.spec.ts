import { expect, test, type Browser, type Page } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';

/** A new visitor says yes to personalisation, looks at the first product of a category, and goes home. */
async function shopperWhoViewed(browser: Browser, categoryPath: string): Promise<{ page: Page; viewed: string; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/c/${categoryPath}`);
  await page.getByRole('button', { name: 'Yes, personalise' }).click();
  await expect(page.getByRole('button', { name: 'Yes, personalise' })).toHaveCount(0);
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
  await page.waitForURL(/\/p\/[a-z0-9-]+/);
  const viewed = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  await page.goto('/');
  return { page, viewed, close: () => context.close() };
}

const picks = (page: Page) => page.getByRole('region', { name: 'Picked for you' });

test('two shoppers with different histories see different stores, each saying why', async ({ browser, baseURL }) => {
  const rider = await shopperWhoViewed(browser, 'bikes/road');
  const commuter = await shopperWhoViewed(browser, 'accessories/helmets');
  const foreign = watchForeignRequests(rider.page, baseURL!);

  await expect(picks(rider.page)).toBeVisible();
  await expect(picks(commuter.page)).toBeVisible();
  // Each list is explained by the product that shopper looked at.
  await expect(picks(rider.page).getByText(new RegExp(`(with|to) ${escape(rider.viewed)}`)).first()).toBeVisible();
  await expect(picks(commuter.page).getByText(new RegExp(`(with|to) ${escape(commuter.viewed)}`)).first()).toBeVisible();
  const titles = async (page: Page) => picks(page).getByRole('heading', { level: 3 }).allInnerTexts();
  expect(await titles(rider.page)).not.toEqual(await titles(commuter.page));

  // The product page recommends from the same tables.
  await rider.page.goto('/');
  await picks(rider.page).getByRole('heading', { level: 3 }).getByRole('link').first().click();
  await expect(rider.page.getByRole('heading', { name: /Often bought together|Similar products/ }).first()).toBeVisible();
  expect(foreign).toEqual([]);
  await rider.close();
  await commuter.close();
});

test('a visitor who says no gets no visitor cookie and no personal section', async ({ page, context }) => {
  await page.goto('/c/bikes/road');
  await page.getByRole('button', { name: 'No thanks' }).click();
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Featured products' })).toBeVisible();
  await expect(picks(page)).toHaveCount(0);
  const cookies = (await context.cookies()).map((cookie) => cookie.name);
  expect(cookies).toContain(SHOP_COOKIE.consent);
  expect(cookies).not.toContain(SHOP_COOKIE.visitor);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
