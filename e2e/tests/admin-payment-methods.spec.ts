// Staff set the shop's payment methods in the admin (Settings → Payments): the page says what
// checkout offers now, refuses an IBAN whose check digits are wrong, asks for the password again
// before saving (the account decides where shoppers' money goes), and checkout follows the save.
// The demo's settings are put back at the end, for the specs that pay by bank transfer.
import { expect, test } from '../support/test.ts';
import { axeViolations } from '../support/accessibility.ts';
import { openProductInStock } from '../support/checkout.ts';
import { adminUrl, confirmPasswordInDialog, signInToAdmin } from '../support/staff.ts';

test('an administrator edits the payment methods, audited behind the password', async ({ page, browser, baseURL }) => {
  await signInToAdmin(page, 'admin@tandem.test');
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(`${adminUrl()}/settings/payments`);
  await expect(page.getByRole('heading', { level: 1, name: 'Payment methods' })).toBeVisible();
  await expect(page.getByText('Checkout offers now:')).toContainText('bank transfer, pay on pickup');
  await expect(page.getByText(/the API has no Stripe keys/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('IBAN').fill('NL92 ABNA 0417 1643 00');
  await page.getByRole('button', { name: 'Save payment methods' }).click();
  await expect(page.getByText('Not a valid IBAN (check the digits)')).toBeVisible();

  await page.getByLabel('IBAN').fill('NL91 ABNA 0417 1643 00');
  await page.getByRole('checkbox', { name: 'Offer pay on pickup' }).uncheck();
  await page.getByRole('button', { name: 'Save payment methods' }).click();
  await confirmPasswordInDialog(page);
  await expect(page.getByRole('status').filter({ hasText: 'Payment methods saved.' })).toBeVisible();
  await expect(page.getByText('Checkout offers now:')).toContainText('bank transfer');
  await expect(page.getByText('Checkout offers now:')).not.toContainText('pickup');

  const shopper = await (await browser.newContext({ baseURL: baseURL! })).newPage();
  await openProductInStock(shopper);
  await shopper.getByRole('button', { name: 'Add to cart' }).click();
  await expect(shopper.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await shopper.goto('/checkout');
  const payment = shopper.getByRole('group', { name: 'Payment' });
  await expect(payment.getByRole('radio', { name: /^Bank transfer/ })).toBeChecked();
  await expect(payment.getByRole('radio', { name: /^Pay on pickup/ })).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Offer pay on pickup' }).check();
  await page.getByRole('button', { name: 'Save payment methods' }).click();
  await expect(page.getByText('Checkout offers now:')).toContainText('bank transfer, pay on pickup');
});
