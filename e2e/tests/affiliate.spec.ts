import { expect, test, type Page } from '@playwright/test';
import { createAccountAtCheckout, placeOrderToAmsterdam } from '../support/checkout.ts';
import { adminUrl, callApi, signInToAdmin } from '../support/staff.ts';

// Chromium's headless user agent says "HeadlessChrome", which the bot filter rightly drops; the
// shopper here is a person, so the browser introduces itself as an ordinary desktop Chrome.
test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' });

/** The demo partner the API creates at a demo start (see apps/api/src/demo-partner.ts). */
const PARTNER = { code: 'velo-blog', email: 'partner@tandem.test', password: 'tandem-demo-partner' };

/** The slug of a plain (not configurable) product with plenty in stock. */
async function productInStock(page: Page): Promise<string> {
  const listing = await callApi<{ items: { slug: string }[] }>('query', 'catalog.list', { inStock: true, limit: 12 });
  for (const { slug } of listing.items) {
    if (await callApi<boolean>('query', 'configurator.isConfigurable', { slug })) continue;
    await page.goto(`/p/${slug}`);
    if (await page.getByText('In stock', { exact: true }).isVisible()) return slug;
  }
  throw new Error('No plain product with plenty of stock among the first listed');
}

test('a shopper referred by a partner link buys, and the commission shows for that partner', async ({ page, context, browser, baseURL }) => {
  const slug = await productInStock(page);
  await context.clearCookies();

  await page.goto(`/r/${PARTNER.code}?product=${slug}&src=content`);
  await expect(page).toHaveURL(new RegExp(`/p/${slug}$`));
  const referral = (await context.cookies()).find((c) => c.name === 'tandem_ref');
  expect(referral?.httpOnly).toBe(true);
  expect(referral?.sameSite).toBe('Lax');
  expect(referral!.expires - Date.now() / 1000).toBeGreaterThan(29 * 86_400);

  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await page.goto('/checkout');
  await createAccountAtCheckout(page, 'Rosa Referred', 'referred');
  await placeOrderToAmsterdam(page);
  const number = /T-[A-Z0-9]+/.exec(await page.getByText(/Your order number is/).innerText())?.[0];
  expect(number).toBeTruthy();

  // The store receives the (offline) payment, as in the admin orders spec.
  const admin = await browser.newPage();
  await signInToAdmin(admin, 'admin@tandem.test');
  await admin.goto(`${adminUrl()}/orders?query=${number}`);
  await admin.getByRole('link', { name: number! }).click();
  await admin.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(admin.getByText('The payment was recorded.')).toBeVisible();

  // The commission is there for the partner, pending its refund window.
  await admin.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Partners' }).click();
  await admin.goto(`${adminUrl()}/partners/commissions?status=PENDING`);
  const row = admin.getByRole('row').filter({ hasText: number! });
  await expect(row).toContainText(PARTNER.code);
  await expect(row).toContainText('pending');
  await row.getByRole('button', { name: 'Approve now' }).click();
  await expect(admin.getByText('Commission approved.')).toBeVisible();
  await admin.goto(`${adminUrl()}/partners/payouts`);
  await expect(admin.getByRole('row').filter({ hasText: PARTNER.code })).toBeVisible();
  await admin.close();

  // The partner sees it in the portal.
  const { session } = await callApi<{ session: { token: string } }>('mutation', 'auth.signIn', { email: PARTNER.email, password: PARTNER.password });
  const portal = await browser.newContext({ baseURL: baseURL! });
  await portal.addCookies([{ name: 'tandem_session', value: session.token, url: baseURL! }]);
  const partnerPage = await portal.newPage();
  await partnerPage.goto('/partners/commissions');
  await expect(partnerPage.getByRole('row').filter({ hasText: number! })).toContainText('Approved');
  await partnerPage.goto('/partners/stats');
  await expect(partnerPage.getByRole('heading', { level: 1, name: 'Your partner figures' })).toBeVisible();
  const content = partnerPage.getByRole('row').filter({ hasText: /^content/ });
  await expect(content).toContainText('1');
  await portal.close();
});

test('an unknown partner code still reaches the product, without a cookie', async ({ page, context }) => {
  await context.clearCookies();
  await page.goto('/r/no-such-partner?product=does-not-matter');
  await expect(page).toHaveURL(/\/p\/does-not-matter$/);
  expect((await context.cookies()).find((c) => c.name === 'tandem_ref')).toBeUndefined();
  await page.goto('/r/no-such-partner?product=//evil.example');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
