// After a guest's order, everything happens on the guest order page its signed link opens (no
// account): the guest cancels an unpaid order after a confirmation step and the cancellation
// e-mail really arrives (Mailpit); and once staff recorded the payment (the payment e-mail
// carries the invoice PDF) and shipped it, the guest asks to return an item from the same page.
import { expect, test, type Page } from '../support/test.ts';
import { openProductInStock, placeGuestOrder } from '../support/checkout.ts';
import { emailAttachment, mailpitApiUrl, noMailpitReason, waitForEmail } from '../support/mailpit.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

/** A guest's order, placed through the storefront with bank transfer; answers where its page is. */
async function guestOrder(page: Page, prefix: string) {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  await openProductInStock(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await page.goto('/checkout');
  await placeGuestOrder(page, email, /^Bank transfer/);
  const number = /T-[A-Z0-9]+/.exec(await page.getByText(/Your order number is/).innerText())?.[0] ?? '';
  expect(number).toMatch(/^T-/);
  const orderPath = new URL(page.url()).pathname;
  return { email, number, orderPath };
}

test('a guest cancels their unpaid order from the guest order page and gets the cancellation e-mail', async ({ page }) => {
  test.skip(!mailpitApiUrl, noMailpitReason);
  const { email, number, orderPath } = await guestOrder(page, 'guest-cancel');

  await page.getByRole('link', { name: 'Cancel this order' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cancel order ${number}?`);
  await page.getByRole('button', { name: 'Yes, cancel my order' }).click();
  await expect(page).toHaveURL(new RegExp(`${orderPath}\\?cancelled=1$`));
  await expect(page.getByRole('status').filter({ hasText: 'Your order is cancelled' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cancel this order' })).toHaveCount(0);

  const mail = await waitForEmail(email, new RegExp(`Order ${number} cancelled`));
  expect(mail.Text).toContain(`Your order ${number} has been cancelled.`);
  // A guest has no orders page: the e-mail links back to this order's own page.
  expect(mail.Text).toMatch(/\/orders\/guest\/[A-Za-z0-9_-]{20,}/);
});

test('a guest gets the invoice PDF with the payment e-mail and asks to return an item from the guest order page', async ({ page, browser, baseURL }) => {
  test.skip(!mailpitApiUrl, noMailpitReason);
  const shop = await browser.newContext({ baseURL: baseURL! });
  const guest = await shop.newPage();
  const { email, number, orderPath } = await guestOrder(guest, 'guest-return');

  // Staff record the payment and ship the order.
  await signInToAdmin(page, 'admin@tandem.test');
  await page.goto(`${adminUrl()}/orders?query=${encodeURIComponent(number)}`);
  await page.getByRole('link', { name: number }).click();
  await page.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(page.getByText('The payment was recorded.')).toBeVisible();
  await page.getByLabel('Carrier').fill('PostNL');
  await page.getByLabel('Tracking number').fill('3SGST12345678');
  await page.getByRole('button', { name: 'Mark shipped and e-mail the shopper' }).click();
  await expect(page.getByText(/marked shipped and the shopper was e-mailed/)).toBeVisible();

  const paid = await waitForEmail(email, new RegExp(`Payment received for order ${number}`));
  const invoice = paid.Attachments.find((a) => /^INV-\d{6}\.pdf$/.test(a.FileName));
  expect(invoice?.ContentType).toBe('application/pdf');
  expect((await emailAttachment(paid, invoice!.PartID)).subarray(0, 4).toString()).toBe('%PDF');

  await guest.goto(orderPath);
  await guest.getByRole('link', { name: 'Return items' }).click();
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText(`Return items of order ${number}`);
  await guest.getByRole('spinbutton').first().fill('1');
  await guest.getByLabel('Why are you returning them?').selectOption({ label: 'Does not fit' });
  await guest.getByRole('button', { name: 'Ask for the return' }).click();
  await expect(guest).toHaveURL(new RegExp(`${orderPath}\\?returned=1$`));
  await expect(guest.getByRole('status').filter({ hasText: 'we received your return request' })).toBeVisible();
  await expect(guest.getByRole('region', { name: 'Returns' }).getByText('Requested — we will reply soon')).toBeVisible();
  await waitForEmail(email, new RegExp(`Return requested for order ${number}`));
  await shop.close();
});
