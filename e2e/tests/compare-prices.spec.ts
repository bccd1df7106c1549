import { expect, test, type Locator } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';

// In both demo feeds (partner CSV by GTIN, competitor JSON by GTIN), so three offers with the store's.
const PRODUCT = '/p/carapace-protective-vault-road-helmet';
const euros = (text: string) => Number(text.replace(/[^\d.]/g, ''));

test('the product page compares prices sorted by total, with the lowest-price badge and only the store\'s own offers in its markup', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  await page.goto(PRODUCT);
  const section = page.getByRole('region', { name: 'Compare prices' }).first();
  await expect(page.getByRole('heading', { name: 'Compare prices' })).toBeVisible();

  const rows = section.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const totals = (await rows.locator('td.total').allInnerTexts()).map(euros);
  expect(totals).toEqual([...totals].sort((a, b) => a - b));
  await expect(rows.first().getByText('Lowest price')).toBeVisible();
  await expect(section.getByText('Tandem Cycles')).toBeVisible();
  await expect(section.getByText(/updated just now|updated \d+ minutes? ago/).first()).toBeVisible();

  const outbound = section.getByRole('link', { name: /Visit/ });
  expect(await outbound.count()).toBe(2);
  for (const link of await outbound.all()) {
    await expect(link).toHaveAttribute('rel', 'nofollow noopener');
    await expect(link).toHaveAttribute('href', /^https:\/\/(velo-partner|rival-cycles)\.example\//);
  }

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  // Only the store's own offers: other shops' prices are not the store's to announce.
  expect(jsonLd['@type']).toBe('Product');
  expect(Array.isArray(jsonLd.offers)).toBe(true);
  for (const offer of jsonLd.offers as { '@type': string; priceCurrency: string; url: string }[]) {
    expect(offer).toMatchObject({ '@type': 'Offer', priceCurrency: 'EUR' });
    expect(offer.url.startsWith(`${baseURL}/p/`)).toBe(true);
  }
  expect(JSON.stringify(jsonLd)).not.toMatch(/AggregateOffer|highPrice/);
  expect(foreign).toEqual([]);
});

test('the compare-prices table is there without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(PRODUCT);
  await expect(page.getByRole('heading', { name: 'Compare prices' })).toBeVisible();
  await expect(page.locator('tbody tr').filter({ hasText: 'Lowest price' })).toHaveCount(1);
  await context.close();
});

test('on a 375 px phone every shop\'s total and Visit link are on screen, without sideways scrolling', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(PRODUCT);
  const section = page.getByRole('region', { name: 'Compare prices' }).first();
  await expect(section.getByRole('heading', { name: 'Compare prices' })).toBeVisible();
  const onScreen = async (locator: Locator) => {
    const box = (await locator.boundingBox())!;
    return box.x >= 0 && box.x + box.width <= 375;
  };
  const totals = await section.locator('td.total').all();
  expect(totals.length).toBe(3);
  for (const total of totals) expect(await onScreen(total)).toBe(true);
  const visits = await section.getByRole('link', { name: /Visit/ }).all();
  expect(visits.length).toBe(2);
  for (const link of visits) expect(await onScreen(link)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});
