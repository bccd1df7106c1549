/// <reference lib="dom" />
// A partner's site on another origin embeds the cross-link widget and the ring bar: products
// render in their shadow root, an XSS payload in a product name stays text, the partner's CSS
// does not leak in, and the ring bar moves visitors to the next member. Then the whole affiliate
// chain: a shopper clicks a product in the widget, lands on the store through the tracked link
// with the attribution cookie, buys, and the commission shows for that partner in the admin and
// in the partner's portal. Everything is set up through the API (e2e/support/partner-setup.ts).
import { expect, test, type Page } from '../support/test.ts';
import { createAccountAtCheckout, placeOrderToAmsterdam } from '../support/checkout.ts';
import { partnerPageHtml, startFakePartnerSite } from '../support/fake-partner-site.ts';
import { activeProduct, approvedPartner, ringOf, staffToken, type ApprovedPartner } from '../support/partner-setup.ts';
import { adminUrl, confirmPasswordInDialog, signInToAdmin } from '../support/staff.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';

const apiUrl = process.env.TANDEM_E2E_API_URL ?? 'http://127.0.0.1:4310';
const partnerPort = Number(process.env.E2E_PARTNER_PORT ?? 5430);
const otherPort = Number(process.env.E2E_PARTNER2_PORT ?? 5431);
const partnerOrigin = `http://127.0.0.1:${partnerPort}`;
const otherOrigin = `http://127.0.0.1:${otherPort}`;
const XSS_NAME = '<img src=x onerror="window.__xss=1;alert(1)">Widgetproof Road Racer';
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PRODUCT_SLUG = `e2e-widget-xss-${stamp}`;
const RING_SLUG = `e2e-ring-${stamp}`;

// Chromium's headless user agent says "HeadlessChrome", which the bot filter rightly drops; the
// shopper here is a person, so the browser introduces itself as an ordinary desktop Chrome.
test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' });

test.describe('partner widget, ring bar and a sale through the widget', () => {
  let blog: ApprovedPartner;
  const stops: (() => Promise<void>)[] = [];
  const blogPage = () => partnerPageHtml({ apiUrl, partnerCode: blog.code, context: 'widgetproof', ringSlug: RING_SLUG });

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    // The sites are up before they join the ring, so the ring's health check finds their bars.
    stops.push(await startFakePartnerSite(partnerPort, { '/': blogPage }));
    // The second site embeds the blog's widget, but is not one of the blog's allowed origins.
    stops.push(await startFakePartnerSite(otherPort, { '/ring': () => blogPage().replace("A partner's blog", 'The other blog') }));

    const staff = await staffToken();
    blog = await approvedPartner(staff, `E2E Blog ${stamp}`, partnerOrigin);
    const other = await approvedPartner(staff, `E2E Other ${stamp}`, otherOrigin);
    await ringOf(staff, RING_SLUG, 'E2E ring', blog, [
      { partner: blog, pageUrl: `${partnerOrigin}/` },
      { partner: other, pageUrl: `${otherOrigin}/ring` },
    ]);
    await activeProduct(staff, { slug: PRODUCT_SLUG, title: XSS_NAME, priceAmount: 123_400, stockOnHand: 10 });
    // The search index picks the new product up through its sync job, and the API reuses a
    // computed widget answer for 30 s: wait until the widget shows it.
    await expect
      .poll(async () => JSON.stringify(await (await fetch(`${apiUrl}/widget/crosslinks?partner=${blog.code}&context=widgetproof&limit=4`)).json()), { timeout: 75_000, intervals: [1_000, 5_000] })
      .toContain(PRODUCT_SLUG);
  });

  test.afterAll(async () => {
    for (const stop of stops) await stop();
  });

  const widget = (page: Page) => page.locator('tandem-crosslinks');
  const productLink = (page: Page) => widget(page).getByRole('link', { name: /Widgetproof Road Racer/ });
  /** Collects dialogs: an `alert` from the payload would land here. */
  const watchDialogs = (page: Page) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return dialogs;
  };

  test('renders products on the partner page with the payload as text, untouched by its CSS', async ({ page, baseURL }) => {
    const dialogs = watchDialogs(page);
    await page.goto(`${partnerOrigin}/`);
    await expect(widget(page).getByRole('listitem').first()).toBeVisible();
    const xss = productLink(page);
    await expect(xss).toBeVisible();
    await expect(xss.locator('.name')).toHaveText(XSS_NAME);
    // Nothing was injected: no element with a handler anywhere, no script ran.
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length + (document.querySelector('tandem-crosslinks')!.shadowRoot!.querySelectorAll('[onerror], script').length))).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The partner's `* { color: red !important }`, fonts and `a { display: none }` stay outside.
    const style = await xss.evaluate((a) => ({ display: getComputedStyle(a).display, color: getComputedStyle(a.querySelector('.name')!).color, font: getComputedStyle(a).fontFamily }));
    expect(style.display).not.toBe('none');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.font).not.toContain('Comic Sans');
    // The link is the tracked link of the affiliate contract.
    await expect(xss).toHaveAttribute('href', `${baseURL}/r/${blog.code}?product=${PRODUCT_SLUG}&src=widget`);
  });

  test('the ring bar sends visitors to the next member, and a site that is not allowed gets no products', async ({ page }) => {
    await page.goto(`${partnerOrigin}/`);
    const bar = page.locator('tandem-ringbar');
    await expect(bar.getByRole('navigation', { name: 'E2E ring' })).toBeVisible();
    await bar.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(`${otherOrigin}/ring`);
    await expect(page).toHaveTitle('The other blog');
    // The blog's widget on an origin it did not allow: CORS keeps the data out; the widget hides.
    await expect(widget(page)).toBeHidden();
    await expect(bar.getByRole('link', { name: 'Previous' })).toHaveAttribute('href', `${apiUrl}/rings/${RING_SLUG}/prev?from=${blog.code}`);
  });

  test('a shopper clicks a product in the widget, buys it on the store, and the commission shows for the partner', async ({ page, context, browser, baseURL }) => {
    test.setTimeout(120_000);
    const dialogs = watchDialogs(page);
    await page.goto(`${partnerOrigin}/`);
    await expect(productLink(page)).toBeVisible();
    // The widget and its data request set no cookie (both origins are on 127.0.0.1, whose cookies
    // ports share, so this is checked before the visitor reaches the store).
    expect(await context.cookies()).toEqual([]);
    await productLink(page).click();

    // The tracked link recorded the click and set the first-party attribution cookie.
    await page.waitForURL(`${baseURL}/p/${PRODUCT_SLUG}`);
    const referral = (await context.cookies(baseURL!)).find((c) => c.name === SHOP_COOKIE.ref);
    expect(referral?.httpOnly).toBe(true);
    expect(referral?.sameSite).toBe('Lax');
    expect(referral!.expires - Date.now() / 1000).toBeGreaterThan(29 * 86_400);

    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
    await page.goto('/checkout');
    await createAccountAtCheckout(page, 'Willa Widget', 'widget-shopper');
    await placeOrderToAmsterdam(page);
    const number = /T-[A-Z0-9]+/.exec(await page.getByText(/Your order number is/).innerText())?.[0];
    expect(number).toBeTruthy();
    // The payload in the product's name stayed text on every store page on the way.
    expect(dialogs).toEqual([]);

    // The store receives the (offline) payment, as in the admin orders spec.
    const admin = await browser.newPage();
    await signInToAdmin(admin, 'admin@tandem.test');
    await admin.goto(`${adminUrl()}/orders?query=${number}`);
    await admin.getByRole('link', { name: number! }).click();
    await admin.getByRole('button', { name: 'Record the offline payment' }).click();
    await expect(admin.getByText('The payment was recorded.')).toBeVisible();

    // The commission is there for the partner, pending its refund window; staff may approve it early.
    await admin.goto(`${adminUrl()}/partners/commissions?status=PENDING`);
    const row = admin.getByRole('row').filter({ hasText: number! });
    await expect(row).toContainText(blog.code);
    await expect(row).toContainText('pending');
    await row.getByRole('button', { name: 'Approve now' }).click();
    await confirmPasswordInDialog(admin);
    await expect(admin.getByText('Commission approved.')).toBeVisible();
    await admin.goto(`${adminUrl()}/partners/payouts`);
    await expect(admin.getByRole('row').filter({ hasText: blog.code })).toBeVisible();
    await admin.close();

    // The partner sees the commission and the widget's click and order in the portal.
    const portal = await browser.newContext({ baseURL: baseURL! });
    await portal.addCookies([{ name: SHOP_COOKIE.session, value: blog.token, url: baseURL! }]);
    const partnerPage = await portal.newPage();
    await partnerPage.goto('/partners/commissions');
    await expect(partnerPage.getByRole('row').filter({ hasText: number! })).toContainText('Approved');
    await partnerPage.goto('/partners/stats');
    await expect(partnerPage.getByRole('heading', { level: 1, name: 'Your partner figures' })).toBeVisible();
    await expect(partnerPage.getByRole('row').filter({ hasText: /^widget/ })).toContainText('1');
    // The daily charts (Chart.js) keep their figures in a table beside the canvas.
    await expect(partnerPage.getByRole('region', { name: 'Clicks per day: figures' }).getByRole('columnheader', { name: 'Valid clicks' })).toBeVisible();
    await expect(partnerPage.getByRole('img', { name: /^Commission earned per day: Commission by day/ })).toBeVisible();
    await portal.close();
  });
});
