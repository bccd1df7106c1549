// A guest collects in store and pays there: checkout offers collecting free (the demo shop's
// workshop), asks for a billing address instead of a delivery address, and offers pay on pickup
// only with it; the order page says where and when; staff mark it ready (the shopper is e-mailed),
// record the payment at the counter and mark it collected.
import { expect, test } from '../support/test.ts';
import { openProductInStock } from '../support/checkout.ts';
import { mailpitApiUrl, waitForEmail } from '../support/mailpit.ts';
import { signInToAdmin } from '../support/staff.ts';

test('a guest collects in store and pays on pickup; staff mark it ready, paid and collected', async ({ page, browser }) => {
  const email = `collect-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  await openProductInStock(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await page.goto('/checkout', { waitUntil: 'networkidle' });

  const payment = page.getByRole('group', { name: 'Payment' });
  await expect(payment.getByRole('radio', { name: /^Pay on pickup/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /^Collect in store/ }).check();
  await expect(page.getByRole('group', { name: 'Billing address' })).toBeVisible();
  await payment.getByRole('radio', { name: /^Pay on pickup/ }).check();

  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Full name').fill('Carla Collect');
  await page.getByLabel('Street and house number').fill('Prinsengracht 2');
  await page.getByLabel('Postal code').fill('1015 DV');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/guest\/[A-Za-z0-9_-]+\?placed=1$/);
  const number = /T-[A-Z0-9]+/.exec(await page.getByText(/Your order number is/).innerText())![0];

  const collect = page.getByRole('region', { name: 'Collect in store' });
  await expect(collect).toContainText('Keizersgracht 1');
  await expect(collect).toContainText('Monday to Saturday, 10:00–18:00');
  await expect(page.getByRole('heading', { name: 'Billing address' })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signInToAdmin(admin, 'admin@tandem.test');
  await admin.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Orders' }).click();
  await admin.getByLabel('Order number, e-mail or name').fill(number);
  await admin.getByRole('button', { name: 'Find orders' }).click();
  await admin.getByRole('link', { name: number }).click();
  await expect(admin.getByRole('heading', { name: 'Collect in store' })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Mark shipped and e-mail the shopper' })).toHaveCount(0);
  await admin.getByRole('button', { name: 'Ready for pickup — e-mail the shopper' }).click();
  await expect(admin.getByText(/marked ready for pickup and the shopper was e-mailed/)).toBeVisible();
  if (mailpitApiUrl) {
    const ready = await waitForEmail(email, new RegExp(`Order ${number} is ready for pickup`));
    expect(ready.Text).toContain('Keizersgracht 1');
  }
  await admin.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(admin.getByText('The payment was recorded.')).toBeVisible();
  await admin.getByRole('button', { name: 'Mark collected' }).click();
  await expect(admin.getByText('The order is marked collected.')).toBeVisible();
  await expect(admin.getByText(/^Collected \d/)).toBeVisible();

  await page.reload();
  await expect(page.getByText('Delivered', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Ready for pickup')).toBeVisible();
});
