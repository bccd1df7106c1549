import { expect, test } from '@playwright/test';
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
  expect(jsonLd).toMatchObject({ '@type': 'Product', offers: [{ '@type': 'Offer', priceCurrency: 'EUR' }] });
  for (const offer of jsonLd.offers as { url: string }[]) expect(offer.url.startsWith(`${baseURL}/p/`)).toBe(true);
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
