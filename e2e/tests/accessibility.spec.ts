// The key pages of the storefront, the partner portal and the admin app meet WCAG 2.1 A/AA as
// axe checks it (labels, contrast, landmarks, names…), do not scroll sideways on a 375 px phone,
// and load nothing from outside the store. Shoppers, partners and staff are set up through the
// API and signed in by their session cookie, so each page is checked as its real visitor sees it.
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type BrowserContext, type Page } from '../support/test.ts';
import { axeViolations, focusIndicator, horizontalOverflow } from '../support/accessibility.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { ringOf, staffToken } from '../support/partner-setup.ts';
import { adminUrl, callApi } from '../support/staff.ts';
import { ADMIN_SESSION_COOKIE, SHOP_COOKIE } from '../support/cookies.ts';

interface Signed { session: { token: string } }
interface Category { path: string; children: { path: string }[] }
interface Product { id: string; variants: { id: string; price: { amount: number }; stock: { quantity: number } }[] }

/** The product with offers in both demo feeds (compare prices), and the configurable bike. */
const COMPARE_PRODUCT = 'carapace-protective-vault-road-helmet';
const CONFIGURABLE_PRODUCT = 'build-your-road-bike';
/** The demo jersey shop: it shares items, so its portal pages have content to check. */
const PARTNER = { email: 'jerseys@partners.tandem.test', password: 'tandem-demo-partner', code: 'maillot-corner', origin: 'http://127.0.0.1:5173' };
const stamp = Date.now().toString(36);
const RING_SLUG = `a11y-ring-${stamp}`;

interface Fixture {
  categoryPath: string;
  shopper: string;
  partner: string;
  staff: string;
  order: { id: string; number: string };
  conversationNumber: number;
  productId: string;
  variantId: string;
  ticketId: string;
  partnerId: string;
  dealSlug: string;
}

type Visitor = 'guest' | 'shopper' | 'partner' | 'staff';

interface Case {
  name: string;
  visitor: Visitor;
  path: (f: Fixture) => string;
}

const CASES: Case[] = [
  { name: 'storefront home', visitor: 'guest', path: () => '/' },
  { name: 'category listing', visitor: 'guest', path: (f) => `/c/${f.categoryPath}` },
  { name: 'all products', visitor: 'guest', path: () => '/products' },
  { name: 'search results with facets', visitor: 'guest', path: () => '/search?q=helmet' },
  { name: 'search without results', visitor: 'guest', path: () => '/search?q=qqqzzzxxx' },
  { name: 'product page with compare prices', visitor: 'guest', path: () => `/p/${COMPARE_PRODUCT}` },
  { name: 'configurable product page', visitor: 'guest', path: () => `/p/${CONFIGURABLE_PRODUCT}` },
  { name: 'configurator', visitor: 'guest', path: () => `/configure/${CONFIGURABLE_PRODUCT}` },
  { name: 'sign in', visitor: 'guest', path: () => '/account/sign-in' },
  { name: 'sign up', visitor: 'guest', path: () => '/account/sign-up' },
  { name: 'contact', visitor: 'guest', path: () => '/contact' },
  { name: 'privacy', visitor: 'guest', path: () => '/privacy' },
  { name: 'web rings', visitor: 'guest', path: () => '/rings' },
  { name: 'a web ring', visitor: 'guest', path: () => `/rings/${RING_SLUG}` },
  { name: 'partners landing', visitor: 'guest', path: () => '/partners' },
  { name: 'group buy', visitor: 'guest', path: (f) => `/deals/${f.dealSlug}` },
  { name: 'forgotten password', visitor: 'guest', path: () => '/account/forgot' },
  { name: 'cart with an item', visitor: 'shopper', path: () => '/cart' },
  { name: 'checkout', visitor: 'shopper', path: () => '/checkout' },
  { name: 'account', visitor: 'shopper', path: () => '/account' },
  { name: 'account orders', visitor: 'shopper', path: () => '/account/orders' },
  { name: 'account order detail', visitor: 'shopper', path: (f) => `/account/orders/${f.order.id}` },
  { name: 'account questions', visitor: 'shopper', path: () => '/account/support' },
  { name: 'account question thread', visitor: 'shopper', path: (f) => `/account/support/${f.conversationNumber}` },
  { name: 'account privacy', visitor: 'shopper', path: () => '/account/privacy' },
  { name: 'partner overview', visitor: 'partner', path: () => '/partners/overview' },
  { name: 'partner profile', visitor: 'partner', path: () => '/partners/profile' },
  { name: 'partner API keys', visitor: 'partner', path: () => '/partners/keys' },
  { name: 'partner statistics', visitor: 'partner', path: () => '/partners/stats' },
  { name: 'partner commissions', visitor: 'partner', path: () => '/partners/commissions' },
  { name: 'partner shared content', visitor: 'partner', path: () => '/partners/content' },
  { name: 'partner widget', visitor: 'partner', path: () => '/partners/widget' },
  { name: 'partner web rings', visitor: 'partner', path: () => '/partners/rings' },
  { name: 'admin sign in', visitor: 'guest', path: () => `${adminUrl()}/sign-in` },
  { name: 'admin dashboard', visitor: 'staff', path: () => `${adminUrl()}/` },
  { name: 'admin catalog list', visitor: 'staff', path: () => `${adminUrl()}/catalog` },
  { name: 'admin product edit', visitor: 'staff', path: (f) => `${adminUrl()}/catalog/products/${f.productId}` },
  { name: 'admin categories', visitor: 'staff', path: () => `${adminUrl()}/catalog/categories` },
  { name: 'admin feeds by URL', visitor: 'staff', path: () => `${adminUrl()}/catalog/price-comparison/schedules` },
  { name: 'admin brands', visitor: 'staff', path: () => `${adminUrl()}/catalog/brands` },
  { name: 'admin stock', visitor: 'staff', path: () => `${adminUrl()}/catalog/stock` },
  { name: 'admin import and export', visitor: 'staff', path: () => `${adminUrl()}/catalog/import` },
  { name: 'admin orders list', visitor: 'staff', path: () => `${adminUrl()}/orders` },
  { name: 'admin order detail', visitor: 'staff', path: (f) => `${adminUrl()}/orders/${f.order.id}` },
  { name: 'admin marketing', visitor: 'staff', path: () => `${adminUrl()}/marketing` },
  { name: 'admin new promotion', visitor: 'staff', path: () => `${adminUrl()}/marketing/promotions/new` },
  { name: 'admin price lists', visitor: 'staff', path: () => `${adminUrl()}/marketing/price-lists` },
  { name: 'admin clearance rules', visitor: 'staff', path: () => `${adminUrl()}/marketing/clearance` },
  // A proposal from the price comparison: the new rule's variant shows as a named, removable chip.
  { name: 'admin clearance proposal with a variant chip', visitor: 'staff', path: (f) => `${adminUrl()}/marketing/clearance?draft=1&name=Match&variantIds=${f.variantId}&stepPercent=10&maxPercent=10&floorPercent=50` },
  { name: 'admin volume tiers', visitor: 'staff', path: () => `${adminUrl()}/marketing/tiers` },
  { name: 'admin group buys', visitor: 'staff', path: () => `${adminUrl()}/marketing/group-buys` },
  { name: 'admin new group buy', visitor: 'staff', path: () => `${adminUrl()}/marketing/group-buys/new` },
  { name: 'admin segments', visitor: 'staff', path: () => `${adminUrl()}/marketing/segments` },
  { name: 'admin partners', visitor: 'staff', path: () => `${adminUrl()}/partners` },
  { name: 'admin partner detail', visitor: 'staff', path: (f) => `${adminUrl()}/partners/${f.partnerId}` },
  { name: 'admin commissions', visitor: 'staff', path: () => `${adminUrl()}/partners/commissions` },
  { name: 'admin web rings', visitor: 'staff', path: () => `${adminUrl()}/partners/rings` },
  { name: 'admin web ring', visitor: 'staff', path: () => `${adminUrl()}/partners/rings/${RING_SLUG}` },
  { name: 'admin partner content', visitor: 'staff', path: () => `${adminUrl()}/partner-content` },
  { name: 'admin support inbox', visitor: 'staff', path: () => `${adminUrl()}/support` },
  { name: 'admin support ticket', visitor: 'staff', path: (f) => `${adminUrl()}/support/${f.ticketId}` },
  { name: 'admin FAQ', visitor: 'staff', path: () => `${adminUrl()}/support/faq` },
  { name: 'admin audit log', visitor: 'staff', path: () => `${adminUrl()}/audit` },
];

/** A shopper with a placed order, a question asked, and one more item in the cart. */
async function shopperFixture(): Promise<Pick<Fixture, 'shopper' | 'order' | 'conversationNumber'>> {
  const email = `ally-${Date.now()}@example.test`;
  const { session } = await callApi<Signed>('mutation', 'auth.signUp', { name: 'Ally Access', email, password: 'correct horse battery staple' });
  const token = session.token;
  const helmet = await callApi<Product>('query', 'catalog.bySlug', { slug: COMPARE_PRODUCT });
  const variant = helmet.variants.find((v) => v.stock.quantity >= 2)!;
  await callApi('mutation', 'cart.addLine', { variantId: variant.id, quantity: 1 }, token);
  const address = { name: 'Ally Access', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
  const order = await callApi<{ id: string; number: string }>('mutation', 'checkout.placeOrder', { idempotencyKey: randomUUID(), shippingMethodCode: 'standard', acceptedTerms: true, shippingAddress: address }, token);
  await callApi('mutation', 'cart.addLine', { variantId: variant.id, quantity: 1 }, token);
  const asked = await callApi<{ conversation: { number: number } }>(
    'mutation',
    'support.ask',
    { requestKey: randomUUID().replaceAll('-', ''), name: 'Ally Access', email, message: 'Can the helmet pads be washed in a machine, or only by hand?', productId: helmet.id },
    token,
  );
  return { shopper: token, order, conversationNumber: asked.conversation.number };
}

async function fixture(): Promise<Fixture> {
  const [root] = await callApi<Category[]>('query', 'catalog.categories', {});
  const shopper = await shopperFixture();
  const partner = (await callApi<Signed>('mutation', 'auth.signIn', { email: PARTNER.email, password: PARTNER.password })).session.token;
  const staff = await staffToken();
  const inbox = await callApi<{ items: { id: string }[] }>('query', 'adminSupport.inbox', { view: 'all' }, staff);
  const helmet = await callApi<Product>('query', 'catalog.bySlug', { slug: COMPARE_PRODUCT });
  const partners = await callApi<{ items: { id: string; code: string }[] }>('query', 'adminPartners.list', { query: PARTNER.code }, staff);
  // The jersey shop runs a ring of its own, so the ring pages and the portal's ring owner view have content.
  const owner = { id: partners.items[0]!.id, code: PARTNER.code, token: partner };
  await ringOf(staff, RING_SLUG, 'Accessible rides', owner, [{ partner: owner, pageUrl: `${PARTNER.origin}/rides` }]);
  const variant = helmet.variants[0]!;
  const deal = await callApi<{ slug: string }>('mutation', 'adminGroupBuys.create', {
    slug: `a11y-deal-${stamp}`, title: 'Helmets for the club', variantId: variant.id, minParticipants: 2, endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    tiers: [{ minParticipants: 1, unitAmount: variant.price.amount - 500 }, { minParticipants: 3, unitAmount: variant.price.amount - 1_000 }],
  }, staff);
  return {
    ...shopper, categoryPath: root!.children[0]?.path ?? root!.path, partner, staff, productId: helmet.id, variantId: helmet.variants[0]!.id, ticketId: inbox.items[0]!.id, partnerId: owner.id, dealSlug: deal.slug,
  };
}

async function contextFor(browser: Browser, baseURL: string, visitor: Visitor, f: Fixture): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const cookie = { shopper: [SHOP_COOKIE.session, f.shopper, baseURL], partner: [SHOP_COOKIE.session, f.partner, baseURL], staff: [ADMIN_SESSION_COOKIE, f.staff, adminUrl()], guest: null }[visitor];
  if (cookie) await context.addCookies([{ name: cookie[0]!, value: cookie[1]!, url: cookie[2]! }]);
  return context;
}

test.describe('accessibility of the key pages', () => {
  let f: Fixture;
  test.beforeAll(async () => {
    f = await fixture();
  });

  for (const { name, visitor, path } of CASES) {
    test(`${name}: no WCAG 2.1 A/AA violations, no sideways scrolling on a phone, nothing foreign`, async ({ browser, baseURL }) => {
      const context = await contextFor(browser, baseURL!, visitor, f);
      const page = await context.newPage();
      const url = path(f);
      const foreign = watchForeignRequests(page, url.startsWith('http') ? url : baseURL!);
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status(), `${url} answers`).toBe(200);
      // Not bounced to a sign-in page: the page checked is the one named.
      if (!url.includes('sign-in')) expect(new URL(page.url()).pathname).not.toContain('sign-in');

      const violations = await axeViolations(page);
      expect(violations, `axe on ${url}:\n${violations.join('\n')}`).toEqual([]);

      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `${url} at ${overflow.innerWidth} px scrolls sideways; sticking out: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.innerWidth);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }
});

/** Tabs forward until `target` has focus; fails if it never does within `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, what: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      expect(await focusIndicator(page), `${what} shows where the focus is`).not.toBeNull();
      return;
    }
  }
  throw new Error(`${what} was not reached with Tab in ${limit} presses`);
}

test('the keyboard reaches the main navigation and search on the home page, with a visible focus', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), 'The skip link');
  await tabTo(page, page.getByRole('combobox', { name: 'Search the shop' }), 'The search box');
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link').first(), 'The main navigation');
});

test('the keyboard reaches the navigation, search and add-to-cart on a product page, and adds with Enter', async ({ page }) => {
  await page.goto(`/p/${COMPARE_PRODUCT}`, { waitUntil: 'networkidle' });
  await tabTo(page, page.getByRole('combobox', { name: 'Search the shop' }), 'The search box');
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link').first(), 'The main navigation');
  const add = page.getByRole('button', { name: 'Add to cart' });
  await tabTo(page, add, 'Add to cart');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
});
