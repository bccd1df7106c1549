// Issue #19: a manager recomputes the customer segments from the admin, follows the job's
// progress, sees the customer tiers, opens a segment to its customers, targets a promotion at it
// and previews it for a sample buyer put in the segment by name.
import { randomUUID } from 'node:crypto';
import { expect, test } from '../support/test.ts';
import { staffToken } from '../support/partner-setup.ts';
import { adminUrl, callApi, signInToAdmin } from '../support/staff.ts';

interface Signed { session: { token: string } }
interface Listing { items: { slug: string }[] }
interface Product { variants: { id: string; stock: { quantity: number } }[] }

/** A new shopper with one paid order, so the next computation puts them among the new customers. */
async function newBuyer(name: string): Promise<void> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}@example.test`;
  const { session } = await callApi<Signed>('mutation', 'auth.signUp', { name, email, password: 'correct horse battery staple' });
  const listing = await callApi<Listing>('query', 'catalog.list', { inStock: true, limit: 10 });
  for (const { slug } of listing.items) {
    const product = await callApi<Product>('query', 'catalog.bySlug', { slug });
    const variant = product.variants.find((v) => v.stock.quantity >= 5);
    if (!variant || (await callApi<boolean>('query', 'configurator.isConfigurable', { slug }))) continue;
    await callApi('mutation', 'cart.addLine', { variantId: variant.id, quantity: 1 }, session.token);
    const order = await callApi<{ id: string }>(
      'mutation',
      'checkout.placeOrder',
      { idempotencyKey: randomUUID(), shippingMethodCode: 'standard', acceptedTerms: true, shippingAddress: { name, line1: 'Prinsengracht 2', postalCode: '1015 DV', city: 'Amsterdam', country: 'NL' } },
      session.token,
    );
    await callApi('mutation', 'adminOrders.markPaid', { id: order.id }, await staffToken());
    return;
  }
  throw new Error('No product with stock to order');
}

test('a manager recomputes segments, opens one to its customers and targets a promotion at it', async ({ page }) => {
  test.setTimeout(120_000);
  const buyer = `Sena Segment ${Date.now().toString(36)}`;
  await newBuyer(buyer);

  await signInToAdmin(page, 'marketing@tandem.test');
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Marketing' }).click();
  await page.getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('button', { name: 'Recompute now' }).click();
  // The progress bar follows the job until it is done, then the result shows.
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Finished', level: 3 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Computed: \d+ customers in \d+ segments\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Customers per segment at each computation: figures' })).toBeVisible();
  // The four customer tiers, with the revenue-share check and each chart's figures beside it.
  await expect(page.getByRole('heading', { name: 'Customer tiers', level: 2 })).toBeVisible();
  await expect(page.getByText(/The top 20\.0 % of customers \(\d+ of \d+\) bring [\d.]+ % of revenue\./)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Share of revenue by tier: figures' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New promotion for Large loyal' })).toBeVisible();

  await page.getByRole('link', { name: 'New customers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New customers', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: buyer }).click();
  await expect(page.getByRole('heading', { name: buyer, level: 1 })).toBeVisible();
  await page.goBack();

  await page.getByRole('link', { name: 'Target a promotion at this segment' }).click();
  await expect(page.getByRole('checkbox', { name: /^New customers/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Tier: Large loyal/ })).not.toBeChecked();
  const name = `Welcome back ${Date.now().toString(36)}`;
  await page.getByLabel('Name shoppers see').fill(name);
  await page.getByLabel('Kind').selectOption('PERCENT');
  await page.getByLabel(/^Percent off/).fill('10');
  await page.getByRole('button', { name: 'Save the promotion' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The promotion was saved.' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^New customers/ })).toBeChecked();

  // The preview's sample buyer is put in the segment by its name, as a chip; the promotion then applies.
  const targets = (await (await page.request.get(`${adminUrl()}/marketing/rule-targets?q=helmet`)).json()) as { status: string; variants: { sku: string }[] }[];
  const sku = targets.find((t) => t.status === 'ACTIVE')!.variants[0]!.sku;
  await page.getByLabel('Items, one per line: SKU × quantity').fill(`${sku} × 1`);
  await page.getByRole('combobox', { name: 'Find a segment or tier to add' }).pressSequentially('new cu', { delay: 30 });
  await page.getByRole('listbox', { name: 'Find a segment or tier to add' }).getByRole('option', { name: /^New customers/ }).click();
  const sampleSegments = page.getByRole('group', { name: 'Segments and tiers the buyer is in' });
  await expect(sampleSegments.getByRole('button', { name: 'Remove New customers' })).toBeVisible();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview on the sample cart' });
  await expect(preview.getByRole('heading', { name: 'Applied', exact: true })).toBeVisible();
  // Applied with a discount (without the segment it would be listed as not applied, with the reason).
  await expect(preview.getByRole('listitem').filter({ hasText: new RegExp(`^${name}: −€`) }).first()).toBeVisible();
  await expect(sampleSegments.getByRole('button', { name: 'Remove New customers' })).toBeVisible();
});
