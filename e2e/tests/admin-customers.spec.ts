// Issue #19: a manager finds a customer in the admin, moves them to the retailer group, and the
// shopper is quoted the retailer price list's prices (demo: accessories at 80%) from then on.
import { expect, test } from '../support/test.ts';
import { callApi, signInToAdmin } from '../support/staff.ts';

interface Signed { session: { token: string } }
interface Listing { items: { id: string }[] }
interface Prices { productId: string; min: number }

test('a manager moves a customer to the retailer group and the shopper sees retailer prices', async ({ page }) => {
  const email = `rita-${Date.now()}@example.test`;
  const { session } = await callApi<Signed>('mutation', 'auth.signUp', { name: 'Rita Retail', email, password: 'correct horse battery staple' });
  const listing = await callApi<Listing>('query', 'catalog.list', { category: 'accessories', limit: 5 });
  const productIds = listing.items.map((item) => item.id);
  const pricesOf = async () => (await callApi<Prices[]>('query', 'promotions.productPrices', { productIds }, session.token)).map((p) => p.min);
  const consumer = await pricesOf();

  await signInToAdmin(page, 'admin@tandem.test');
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByLabel('Name, e-mail or order number').fill(email);
  await page.getByRole('button', { name: 'Find customers' }).click();
  await expect(page.getByText('1 customer', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Rita Retail' }).click();
  await expect(page.getByRole('heading', { name: 'Rita Retail', level: 1 })).toBeVisible();

  await page.getByLabel('Move to group').selectOption({ label: 'Retailer' });
  await page.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('status')).toHaveText('The price group was changed.');
  await expect(page.getByText('This customer buys at Retailer prices.')).toBeVisible();

  const retailer = await pricesOf();
  expect(consumer.length).toBeGreaterThan(0);
  // A sale may beat the price list on some product, so: never dearer, and cheaper somewhere.
  expect(retailer.every((amount, i) => amount <= consumer[i]!)).toBe(true);
  expect(retailer.some((amount, i) => amount < consumer[i]!)).toBe(true);
});
