// A shopper returns one item of a paid, shipped order and gets their money back: they ask on
// their order page (item, quantity, reason), staff approve, receive and refund it in the admin's
// returns queue (a confirmation that states the amount, then the password), one refund e-mail
// (the return's, its credit note attached) really leaves over SMTP (read back from Mailpit), and
// the credit note is a PDF they download.
import { expect, test } from '../support/test.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';
import { emailAttachment, mailpitApiUrl, noMailpitReason, waitForEmail } from '../support/mailpit.ts';
import { shopperWithOrder } from '../support/orders.ts';
import { adminUrl, confirmPasswordInDialog, signInToAdmin } from '../support/staff.ts';

test('a shopper returns one item; staff approve, receive and refund it; the shopper gets the refund e-mail and a credit note', async ({ page, browser, baseURL }) => {
  test.skip(!mailpitApiUrl, noMailpitReason);
  const { order, token, email } = await shopperWithOrder('Rita Return');

  // Staff record the payment and ship the order, as in the admin orders spec.
  await signInToAdmin(page, 'admin@tandem.test');
  await page.goto(`${adminUrl()}/orders/${order.id}`);
  await page.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(page.getByText('The payment was recorded.')).toBeVisible();
  await page.getByLabel('Carrier').fill('PostNL');
  await page.getByLabel('Tracking number').fill('3SRET12345678');
  await page.getByLabel('Tracking link (optional)').fill('https://tracking.example/3SRET12345678');
  await page.getByRole('button', { name: 'Mark shipped and e-mail the shopper' }).click();
  await expect(page.getByText(/marked shipped and the shopper was e-mailed/)).toBeVisible();

  // The shopper sees the tracking and asks to return the item.
  const shop = await browser.newContext({ baseURL: baseURL! });
  await shop.addCookies([{ name: SHOP_COOKIE.session, value: token, url: baseURL! }]);
  const shopper = await shop.newPage();
  await shopper.goto(`/account/orders/${order.id}`);
  const tracking = shopper.getByRole('region', { name: 'Tracking' });
  await expect(tracking.getByText('3SRET12345678')).toBeVisible();
  await expect(tracking.getByRole('link', { name: /Track your parcel/ })).toHaveAttribute('href', 'https://tracking.example/3SRET12345678');
  await shopper.getByRole('link', { name: 'Return items' }).click();
  await expect(shopper.getByRole('heading', { level: 1 })).toHaveText(`Return items of order ${order.number}`);
  await shopper.getByRole('spinbutton').first().fill('1');
  await shopper.getByLabel('Why are you returning them?').selectOption({ label: 'Does not fit' });
  await shopper.getByLabel(/Anything we should know/).fill('One size too small.');
  await shopper.getByRole('button', { name: 'Ask for the return' }).click();
  await expect(shopper.getByRole('status').filter({ hasText: 'we received your return request' })).toBeVisible();
  await expect(shopper.getByRole('region', { name: 'Returns' }).getByText('Requested — we will reply soon')).toBeVisible();
  await waitForEmail(email, new RegExp(`Return requested for order ${order.number}`));

  // Staff take it through the returns queue.
  await page.goto(`${adminUrl()}/orders/returns`);
  const card = page.getByRole('article').filter({ hasText: `Order ${order.number}` });
  await expect(card.getByText('Does not fit')).toBeVisible();
  await expect(card.getByText('One size too small.')).toBeVisible();
  await card.getByRole('button', { name: 'Approve the return' }).click();
  await expect(page.getByText(/The return is approved/)).toBeVisible();
  await page.getByRole('article').filter({ hasText: `Order ${order.number}` }).getByRole('button', { name: 'Mark the parcel received' }).click();
  await expect(page.getByText('The return is marked received.')).toBeVisible();
  const received = page.getByRole('article').filter({ hasText: `Order ${order.number}` });
  await received.getByRole('button', { name: 'Refund the return…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Refund this return' });
  await expect(confirm).toContainText(/Refund €[\d,.]+ for this return of order/);
  await confirm.getByRole('button', { name: 'Yes, refund' }).click();
  await confirmPasswordInDialog(page);
  await expect(page.getByText(/The return is refunded/)).toBeVisible();

  // One refund e-mail arrives, the return's, with its credit note attached; the order page shows
  // the refund, the return's status and the credit note.
  const refundMail = await waitForEmail(email, new RegExp(`Return refunded for order ${order.number}`));
  expect(refundMail.Text).toContain(`for your return of order ${order.number}`);
  const attached = refundMail.Attachments.find((a) => /^CN-\d{6}\.pdf$/.test(a.FileName));
  expect(attached?.ContentType).toBe('application/pdf');
  expect((await emailAttachment(refundMail, attached!.PartID)).subarray(0, 4).toString()).toBe('%PDF');
  await shopper.goto(`/account/orders/${order.id}`);
  await expect(shopper.getByRole('region', { name: 'Refunds' })).toBeVisible();
  await expect(shopper.getByRole('region', { name: 'Returns' }).getByText('Refunded', { exact: true })).toBeVisible();
  const creditNote = shopper.getByRole('link', { name: /Credit note .* \(PDF\)/ });
  const pdf = await shopper.request.get((await creditNote.getAttribute('href'))!);
  expect(pdf.ok()).toBe(true);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  await shop.close();
});
