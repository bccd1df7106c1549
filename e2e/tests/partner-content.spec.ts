import { expect, test } from '../support/test.ts';
import { callApi } from '../support/staff.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';

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

test('a partner edits one of its own items in the portal, and the change goes back to review', async ({ browser, baseURL }) => {
  const { session } = await callApi<{ session: { token: string } }>('mutation', 'auth.signIn', { email: 'jerseys@partners.tandem.test', password: 'tandem-demo-partner' });
  const portal = await browser.newContext({ baseURL: baseURL! });
  await portal.addCookies([{ name: SHOP_COOKIE.session, value: session.token, url: baseURL! }]);
  const page = await portal.newPage();
  await page.goto('/partners/content');
  await page.getByRole('link', { name: 'Edit Maillot packable rain cape' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “Maillot packable rain cape”' })).toBeVisible();
  await expect(page.getByLabel('Price')).toHaveValue('89.00');
  await expect(page.getByLabel('Title')).toHaveValue('Maillot packable rain cape');
  await page.getByLabel('Price').fill('79.50');
  await page.getByRole('button', { name: 'Save the changes' }).click();

  await expect(page).toHaveURL(/\/partners\/content\?saved=review$/);
  // The add form below keeps its own (empty) live region for "Saving…".
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved' })).toHaveText('Changes saved. Our team reviews them before they appear in the shop.');
  const item = page.getByRole('listitem').filter({ hasText: 'Maillot packable rain cape' });
  await expect(item).toContainText('€79.50');
  await expect(item).toContainText('Waiting for review');
  // Still one item of that name: the edit changed it, it did not add another.
  await expect(item).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Add an item' })).toBeVisible();
  await portal.close();
});
