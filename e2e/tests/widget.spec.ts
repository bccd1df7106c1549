/// <reference lib="dom" />
// The cross-link widget and the ring bar on a partner's site (another origin): products render
// in their shadow root, an XSS payload in a product name stays text, the partner's CSS does not
// leak in, a product click goes to the store through the tracked link, and the ring bar moves
// visitors to the next member. The set-up writes partners and products straight to the database,
// so this spec needs the API on PostgreSQL (E2E_DATABASE_URL).
import { expect, test, type Page } from '@playwright/test';
import { openDatabase, type Database } from '@tandem/db';
import { makeProduct } from '@tandem/db/testing';
import { partnerPageHtml, startFakePartnerSite } from '../support/fake-partner-site.ts';

const apiUrl = process.env.TANDEM_E2E_API_URL ?? 'http://127.0.0.1:4310';
const partnerPort = Number(process.env.E2E_PARTNER_PORT ?? 5430);
const otherPort = Number(process.env.E2E_PARTNER2_PORT ?? 5431);
const partnerOrigin = `http://127.0.0.1:${partnerPort}`;
const otherOrigin = `http://127.0.0.1:${otherPort}`;
const XSS_NAME = '<img src=x onerror="window.__xss=1;alert(1)">Widgetproof Road Racer';
const databaseUrl = process.env.E2E_DATABASE_URL;

test.describe('partner widget and ring bar', () => {
  test.skip(!databaseUrl, 'needs E2E_DATABASE_URL: the set-up writes partners and products to the API’s PostgreSQL database');
  let db: Database;
  const stops: (() => Promise<void>)[] = [];

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    db = await openDatabase({ url: databaseUrl });
    // A worker restarted after a failure runs this again: start from a clean slate.
    await db.prisma.webRing.deleteMany({ where: { slug: 'e2e-ring' } });
    await db.prisma.partner.deleteMany({ where: { code: { in: ['e2e-blog', 'e2e-other'] } } });
    await db.prisma.customer.deleteMany({ where: { email: { in: ['e2e-blog@example.test', 'e2e-other@example.test'] } } });
    await db.prisma.product.deleteMany({ where: { slug: 'e2e-widget-xss' } });
    const category = await db.prisma.category.findFirstOrThrow({ where: { parentId: { not: null } } });
    await makeProduct(db.prisma, { slug: 'e2e-widget-xss', title: XSS_NAME, categoryId: category.id, variants: [{ priceAmount: 123_400, stockOnHand: 10 }] });
    const partner = async (code: string, origin: string) => {
      const customer = await db.prisma.customer.create({ data: { email: `${code}@example.test`, name: code, passwordHash: 'unused' } });
      return db.prisma.partner.create({ data: { code, name: `Blog ${code}`, websiteUrl: origin, contactEmail: `${code}@example.test`, customerId: customer.id, status: 'APPROVED', allowedOrigins: [origin] } });
    };
    const blog = await partner('e2e-blog', partnerOrigin);
    const other = await partner('e2e-other', otherOrigin);
    const ring = await db.prisma.webRing.create({ data: { slug: 'e2e-ring', name: 'E2E ring' } });
    await db.prisma.webRingMember.createMany({
      data: [
        { ringId: ring.id, partnerId: blog.id, pageUrl: `${partnerOrigin}/`, position: 0 },
        { ringId: ring.id, partnerId: other.id, pageUrl: `${otherOrigin}/ring`, position: 1 },
      ],
    });
    // The search index picks the new product up through its sync job, and the API reuses a
    // computed widget answer for 30 s: wait until the widget shows it.
    await expect
      .poll(async () => JSON.stringify(await (await fetch(`${apiUrl}/widget/crosslinks?partner=e2e-blog&context=widgetproof&limit=4`)).json()), { timeout: 75_000, intervals: [1_000, 5_000] })
      .toContain('e2e-widget-xss');
    const page = () => partnerPageHtml({ apiUrl, partnerCode: 'e2e-blog', context: 'widgetproof', ringSlug: 'e2e-ring' });
    stops.push(await startFakePartnerSite(partnerPort, { '/': page }));
    // The second site embeds e2e-blog's widget, but is not one of its allowed origins.
    stops.push(await startFakePartnerSite(otherPort, { '/ring': () => partnerPageHtml({ apiUrl, partnerCode: 'e2e-blog', context: 'widgetproof', ringSlug: 'e2e-ring' }).replace("A partner's blog", 'The other blog') }));
  });

  test.afterAll(async () => {
    for (const stop of stops) await stop();
    await db?.close();
  });

  const widget = (page: Page) => page.locator('tandem-crosslinks');
  const products = (page: Page) => widget(page).getByRole('listitem');

  test('renders products on the partner page with the payload as text, untouched by its CSS', async ({ page, baseURL }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${partnerOrigin}/`);
    await expect(products(page).first()).toBeVisible();
    const xss = widget(page).getByRole('link', { name: /Widgetproof Road Racer/ });
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
    // The link is the tracked link of the affiliate contract, and it takes the visitor to the store.
    const href = `${baseURL}/r/e2e-blog?product=e2e-widget-xss&src=widget`;
    await expect(xss).toHaveAttribute('href', href);
    await xss.click();
    await page.waitForURL((url) => url.origin === new URL(baseURL!).origin);
    expect(dialogs).toEqual([]);
  });

  test('the ring bar sends visitors to the next member, and a site that is not allowed gets no products', async ({ page }) => {
    await page.goto(`${partnerOrigin}/`);
    const bar = page.locator('tandem-ringbar');
    await expect(bar.getByRole('navigation', { name: 'E2E ring' })).toBeVisible();
    await bar.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(`${otherOrigin}/ring`);
    await expect(page).toHaveTitle('The other blog');
    // e2e-blog's widget on an origin it did not allow: CORS keeps the data out; the widget hides.
    await expect(widget(page)).toBeHidden();
    await expect(bar.getByRole('link', { name: 'Previous' })).toHaveAttribute('href', `${apiUrl}/rings/e2e-ring/prev?from=e2e-blog`);
  });
});
