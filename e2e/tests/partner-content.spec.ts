import { expect, test } from '@playwright/test';
import { callApi } from '../support/staff.ts';

// A partner shop's approved products show next to related products of the store (the demo jersey
// shop, Maillot Corner, shares two approved road items), and their links leave through /out/.

test('an approved partner item shows on a related product page and its link goes out through /out/', async ({ page }) => {
  const listing = await callApi<{ items: { slug: string }[] }>('query', 'catalog.list', { category: 'road', limit: 1 });
  const slug = listing.items[0]!.slug;
  await page.goto(`/p/${slug}`);

  const block = page.getByRole('region', { name: 'From our partners' });
  await expect(block).toBeVisible();
  const link = block.getByRole('link', { name: /Maillot club jersey/ });
  await expect(link).toHaveAttribute('rel', 'sponsored noopener');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/out\/[\w-]+$/);

  // The store counts the click and sends the shopper to the partner's stored page (which does
  // not exist on this closed network, so the redirect itself is what is checked).
  const response = await page.request.get(href!, { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe('http://127.0.0.1:5173/club-jersey');
  expect((await page.request.get('/out/not-an-item', { maxRedirects: 0 })).status()).toBe(404);
});
