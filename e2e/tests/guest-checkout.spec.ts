// A stranger buys without an account: e-mail and address at checkout, the terms acknowledged,
// the guest order page reached through its link, and an account made there that keeps the order.
import { expect, test } from '../support/test.ts';
import { openProductInStock, placeGuestOrder } from '../support/checkout.ts';
import { mailpitApiUrl, waitForEmail } from '../support/mailpit.ts';

test('a guest orders with only an e-mail and an address, then keeps the order in a new account', async ({ page }) => {
  const email = `guest-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  await openProductInStock(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();

  await page.goto('/checkout');
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('link', { name: 'terms of sale' })).toHaveAttribute('href', '/terms');
  await placeGuestOrder(page, email, /^Bank transfer/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order!' })).toBeVisible();
  const number = /T-[A-Z0-9]+/.exec(await page.getByText(/Your order number is/).innerText())?.[0];
  expect(number).toBeTruthy();
  await expect(page.getByText('Awaiting payment', { exact: true })).toBeVisible();
  if (mailpitApiUrl) {
    // The confirmation really left the store over SMTP, with the guest order link in it.
    const confirmation = await waitForEmail(email, new RegExp(`Order ${number} confirmed`));
    expect(confirmation.Text).toMatch(/\/orders\/guest\/[A-Za-z0-9_-]{20,}/);
  }

  await page.getByLabel('Password').fill('a long guest passphrase');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();
});
