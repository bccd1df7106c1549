// The admin flow in one chain: staff create a product and a promotion for it, and a
// shopper finds that product through search and pays the discounted price for it.
import { expect, test, type Page } from '../support/test.ts';
import { createAccountAtCheckout, placeOrderToAmsterdam } from '../support/checkout.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

/**
 * Creates an active product with one variant of €39.60 and 7 in stock; returns its id. On the
 * way it checks that a product without a variant cannot be activated and that the stock shows.
 */
async function createStockedProduct(staff: Page, title: string, sku: string): Promise<string> {
  await signInToAdmin(staff, 'catalog@tandem.test');
  await staff.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(staff).toHaveURL(`${adminUrl()}/catalog`);
  const form = staff.locator('section', { has: staff.getByRole('heading', { name: 'New product' }) });
  await form.getByLabel('Title').fill(title);
  // The category picker: type part of a name, choose from the list. Pumps, a category no other
  // spec browses: in Helmets this new product, with no history yet, led the listing the
  // personalization spec takes its first product from.
  await form.getByRole('combobox', { name: 'Category' }).fill('Pumps');
  await staff.getByRole('option', { name: /Pumps/ }).first().click();
  await expect(form.getByText('Nothing chosen yet.')).toBeHidden();
  await form.getByRole('button', { name: 'Create the draft' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('draft');
  const productId = new URL(staff.url()).pathname.split('/').pop()!;

  await staff.getByRole('button', { name: 'Activate (show in the shop)' }).click();
  await expect(staff.getByRole('alert').filter({ hasText: /Add (at least one|a) variant/ }).first()).toBeVisible();

  const variant = staff.locator('form', { has: staff.getByRole('button', { name: 'Add the variant' }) });
  await variant.getByLabel('SKU', { exact: true }).fill(sku);
  await variant.getByLabel('Price', { exact: true }).fill('39.60');
  await variant.getByLabel('Opening stock').fill('7');
  await variant.getByRole('button', { name: 'Add the variant' }).click();
  await expect(staff.getByRole('form', { name: `Variant ${sku}` })).toBeVisible();

  await staff.getByRole('button', { name: 'Activate (show in the shop)' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('active');

  await staff.getByRole('navigation', { name: 'Catalog' }).getByRole('link', { name: 'Stock' }).click();
  await staff.getByLabel('SKU or product').fill(sku);
  await staff.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(staff.getByRole('row', { name: new RegExp(title) })).toContainText('7');
  return productId;
}

/** Saves a 25%-off code promotion limited to one product, after previewing it on that product. */
async function createProductPromotion(staff: Page, code: string, product: { id: string; title: string; sku: string }): Promise<void> {
  const { id: productId, title, sku } = product;
  await signInToAdmin(staff, 'marketing@tandem.test');
  await staff.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Marketing' }).click();
  await staff.getByRole('link', { name: 'New promotion' }).click();
  await staff.getByLabel('Name shoppers see').fill('Launch 25% off');
  await staff.getByLabel(/^Code/).fill(code);
  await staff.getByLabel('Kind').selectOption('PERCENT');
  await staff.getByLabel(/^Percent off/).fill('25');
  // The product picker finds the new product as marketing types and adds it as a chip by its name; the form posts its id.
  await staff.getByRole('combobox', { name: 'Find a product to add' }).pressSequentially(title.split(' ')[0]!, { delay: 30 });
  await staff.getByRole('listbox', { name: 'Find a product to add' }).getByRole('option').filter({ hasText: title }).first().click();
  const products = staff.getByRole('group', { name: 'Products', exact: true });
  await expect(products.getByRole('button', { name: `Remove ${title}` })).toBeVisible();
  await expect(products.locator('input[name="productIds"]')).toHaveValue(productId);
  await staff.getByLabel('Items, one per line: SKU × quantity').fill(`${sku} × 2`);
  await staff.getByRole('button', { name: 'Preview' }).click();
  const preview = staff.getByRole('region', { name: 'Preview on the sample cart' });
  // Two units of €39.60 at 25% off: €19.80 off.
  await expect(preview.getByRole('table').getByText(`Launch 25% off (${code}): −€19.80`)).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Applied', exact: true })).toBeVisible();
  await expect(preview.getByText('Catalog price: €').first()).toBeVisible();
  await staff.getByRole('button', { name: 'Save the promotion' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'The promotion was saved.' })).toBeVisible();
  await staff.goto(`${adminUrl()}/marketing/promotions?kind=PERCENT`);
  await expect(staff.getByRole('cell', { name: code })).toBeVisible();
}

const euros = (text: string | null) => Math.round(Number((text ?? '').replace(/[^\d.]/g, '')) * 100);

test('staff create a product and a promotion for it, and a shopper finds the product and pays the discounted price', async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  const word = `quokka${Date.now().toString(36)}`;
  const title = `${word[0]!.toUpperCase()}${word.slice(1)} trail lamp`;
  const sku = `${word.toUpperCase()}-1`;
  const code = `LAUNCH${Date.now().toString(36).toUpperCase()}`;

  // Each staff member signs in in a browser of their own.
  const catalogManager = await browser.newPage();
  const productId = await createStockedProduct(catalogManager, title, sku);
  await catalogManager.close();
  const marketing = await browser.newPage();
  await createProductPromotion(marketing, code, { id: productId, title, sku });
  await marketing.close();

  // The search index follows through the job queue: wait for the product to appear.
  const foreign = watchForeignRequests(page, baseURL!);
  await expect(async () => {
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000, intervals: [500, 1_000, 2_000] });
  await page.getByRole('link', { name: title }).first().click();
  await expect(page).toHaveURL(/\/p\/quokka/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('€39.60').first()).toBeVisible();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();

  await page.goto('/cart');
  await page.getByLabel('Discount code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(`Code ${code} applied.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Promotions applied' }).getByText(`Launch 25% off (${code})`)).toBeVisible();

  await page.getByRole('link', { name: 'Checkout' }).click();
  await createAccountAtCheckout(page, 'Rosa Launch', 'launch');
  const summary = page.getByRole('complementary', { name: 'Your order' });
  await expect(summary.getByText(`Code ${code} applied.`)).toBeVisible();
  await expect(summary.getByText('How your price is made up')).toBeVisible();
  await expect(summary.getByText(`Launch 25% off (${code})`).first()).toBeVisible();
  await placeOrderToAmsterdam(page);

  // The placed order keeps the discount: €39.60 − €9.90 + shipping.
  const totals = page.getByRole('region', { name: 'Items' }).locator('dl.totals');
  await expect(totals.locator('div', { hasText: 'Subtotal' }).locator('dd')).toHaveText('€39.60');
  await expect(totals.locator('div', { hasText: 'Discounts' }).locator('dd')).toHaveText('−€9.90');
  const shippingText = await totals.locator('div', { hasText: 'Shipping' }).locator('dd').textContent();
  const shipping = shippingText?.trim() === 'Free' ? 0 : euros(shippingText);
  expect(euros(await totals.locator('div.total dd').textContent())).toBe(2_970 + shipping);
  expect(foreign).toEqual([]);
});
