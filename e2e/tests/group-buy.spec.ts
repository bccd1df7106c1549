import { randomUUID } from 'node:crypto';
import { expect, test } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { adminUrl, callApi, DEMO_STAFF_PASSWORD, signInToAdmin } from '../support/staff.ts';

interface Signed { session: { token: string } }
interface Listing { items: { slug: string }[] }
interface Product { variants: { id: string; price: { amount: number }; stock: { quantity: number } }[] }

const address = { name: 'Bea Buyer', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
/** As the storefront writes money: whole euros without cents. */
const euros = (cents: number) => `€${(cents / 100).toLocaleString('en-IE', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2 })}`;

/** A plain (not configurable) variant with stock, and a deal on it created by the marketing demo account. */
async function dealOnSomeVariant() {
  const listing = await callApi<Listing>('query', 'catalog.list', { inStock: true, limit: 20 });
  for (const { slug } of listing.items) {
    const product = await callApi<Product>('query', 'catalog.bySlug', { slug });
    const variant = product.variants.find((v) => v.stock.quantity >= 5 && v.price.amount >= 10_000);
    if (!variant || (await callApi<boolean>('query', 'configurator.isConfigurable', { slug }))) continue;
    const { session } = await callApi<Signed>('mutation', 'auth.signIn', { email: 'marketing@tandem.test', password: DEMO_STAFF_PASSWORD });
    const tiers = [{ minParticipants: 1, unitAmount: variant.price.amount - 1_000 }, { minParticipants: 2, unitAmount: variant.price.amount - 2_500 }];
    const deal = await callApi<{ id: string; slug: string }>('mutation', 'adminGroupBuys.create', {
      slug: `e2e-deal-${Date.now()}`, title: 'Ride together', variantId: variant.id, minParticipants: 2, endsAt: new Date(Date.now() + 86_400_000).toISOString(), tiers,
    }, session.token);
    return { deal, tiers };
  }
  throw new Error('No plain product with stock for a group buy');
}

test('a shopper joins a group buy, sees the tier drop, and pays the final tier when the deal closes', async ({ page, browser, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  const { deal, tiers } = await dealOnSomeVariant();

  await page.goto(`/deals/${deal.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ride together' })).toBeVisible();
  const ladder = page.getByRole('list', { name: 'Price tiers' });
  await expect(ladder.locator('[aria-current="step"]')).toContainText(euros(tiers[0]!.unitAmount));
  await expect(page.getByText(/left \(ends/)).toBeVisible();

  await page.getByRole('link', { name: 'Sign in to join' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/account\/sign-up/);
  await page.getByLabel('Name', { exact: true }).fill('Bea Buyer');
  await page.getByLabel('E-mail').fill(`deal-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`/deals/${deal.slug}$`));

  await page.getByLabel('Street and house number').fill(address.line1);
  await page.getByLabel('Postal code').fill(address.postalCode);
  await page.getByLabel('City').fill(address.city);
  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: `Join at ${euros(tiers[0]!.unitAmount)}` }).click();
  await expect(page.getByRole('status').filter({ hasText: /You joined with order/ })).toBeVisible();
  await expect(page.getByText(/Your payment is authorised \(held\), not taken/)).toBeVisible();

  // A second buyer joins through the API: the deal reaches the cheaper tier for everyone.
  const second = await callApi<Signed>('mutation', 'auth.signUp', { name: 'Sam Second', email: `second-${Date.now()}@example.test`, password: 'correct horse battery staple' });
  await callApi('mutation', 'groupBuys.join', { slug: deal.slug, quantity: 1, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true }, second.session.token);
  await page.reload();
  await expect(ladder.locator('[aria-current="step"]')).toContainText(euros(tiers[1]!.unitAmount));
  await expect(page.getByText('2 buyers have joined')).toBeVisible();

  // Marketing closes the deal now; the close job captures everyone at the final tier.
  const staff = await browser.newPage();
  await signInToAdmin(staff, 'marketing@tandem.test');
  await staff.goto(`${adminUrl()}/marketing/group-buys/${deal.id}`);
  // Closing moves money: a dialog says who is charged what before anything happens.
  await staff.getByRole('button', { name: 'Close now' }).click();
  const confirmClose = staff.getByRole('dialog', { name: 'Close this deal now' });
  await expect(confirmClose).toContainText(/The 2 buyers are charged €[\d.,]+ each now/);
  await confirmClose.getByRole('button', { name: 'Yes, close and settle' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Closing' })).toBeVisible();
  await expect(async () => {
    await staff.reload();
    await expect(staff.getByTestId('deal-status')).toHaveText('succeeded, settled', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await page.reload();
  await expect(page.getByText('This group buy went ahead: everyone paid the final price.')).toBeVisible();
  await expect(page.getByText(`Paid: ${euros(tiers[1]!.unitAmount)}`)).toBeVisible();
  await page.getByRole('link', { name: 'your order' }).click();
  await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(euros(tiers[1]!.unitAmount)).first()).toBeVisible();
  expect(foreign).toEqual([]);
});
