// Paying by bank transfer, as the demo store offers it: a guest chooses it at checkout, the
// confirmation page and the order-placed e-mail (read back from Mailpit) give the IBAN, the amount
// and the order's own RF payment reference; an order that stays unpaid gets a reminder a day
// before its 3-day hold lapses and a cancellation e-mail when it does. Days pass by moving the
// API's clock ahead (e2e/support/clock.ts), not by waiting.
import { expect, test, type Page } from '../support/test.ts';
import { openProductInStock, placeGuestOrder } from '../support/checkout.ts';
import { moveApiClock } from '../support/clock.ts';
import { mailpitApiUrl, noMailpitReason, waitForEmail } from '../support/mailpit.ts';

const DAY = 86_400_000;
const DEMO_IBAN = 'NL91 ABNA 0417 1643 00';

test.skip(!mailpitApiUrl, noMailpitReason);
test.afterEach(() => moveApiClock(0));

/** A guest's bank-transfer order of one product: its number, reference and amount as the page shows them. */
async function bankTransferOrder(page: Page, email: string) {
  await openProductInStock(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await page.goto('/checkout');
  await expect(page.getByRole('radio', { name: /Card/ })).toHaveCount(0); // no Stripe keys in this store
  await placeGuestOrder(page, email, /^Bank transfer/);
  const number = /T-[A-Z0-9]+/.exec(await page.getByText(/Your order number is/).innerText())?.[0] ?? '';
  const how = page.getByRole('region', { name: 'How to pay: bank transfer' });
  await expect(how).toBeVisible();
  const reference = (await how.locator('dt:has-text("Payment reference") + dd').innerText()).trim();
  const amount = (await how.locator('dt:has-text("Amount") + dd').innerText()).trim();
  return { number, reference, amount, how };
}

test('a guest pays by bank transfer: the page and the e-mail give the IBAN, the amount and the order’s reference', async ({ page }) => {
  const email = `transfer-${Date.now()}@example.test`;
  const { number, reference, amount, how } = await bankTransferOrder(page, email);
  expect(reference).toMatch(new RegExp(`^RF\\d\\d ${number.slice(2, 4)}`));
  await expect(how.getByText(DEMO_IBAN)).toBeVisible();
  await expect(page.getByText(/Please transfer .+ by .+ with the payment reference exactly as shown/)).toBeVisible();

  const mail = await waitForEmail(email, new RegExp(`Order ${number} confirmed`));
  // The page shows "€1,299" or "€12.34"; the e-mail "1299.00 EUR", "12.34 EUR".
  const digits = Number(amount.replace(/[^\d.]/g, '')).toFixed(2);
  for (const part of [mail.Text, mail.HTML]) {
    expect(part).toContain(reference);
    expect(part).toContain(DEMO_IBAN);
    expect(part).toContain(`${digits} EUR`);
  }
});

test('an unpaid bank transfer is reminded a day before its hold lapses, then cancelled with an e-mail', async ({ page }) => {
  const email = `lapse-${Date.now()}@example.test`;
  const { number, reference } = await bankTransferOrder(page, email);
  const orderPage = page.url().replace(/\?placed=1$/, '');

  moveApiClock(2.5 * DAY);
  const reminder = await waitForEmail(email, new RegExp(`Reminder: please pay for order ${number}`));
  expect(reminder.Text).toContain(reference);
  expect(reminder.Text).toContain(DEMO_IBAN);

  moveApiClock(3 * DAY + 3_600_000);
  const cancelled = await waitForEmail(email, new RegExp(`Order ${number} cancelled`));
  expect(cancelled.Text).toContain('Payment did not arrive in time');
  await page.goto(orderPage);
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
});
