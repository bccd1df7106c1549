// Cancelling takes a confirmation step on both sides: the shopper cancels a paid, unshipped order
// on a page that states the refund, and gets it back in full; staff cancel an unpaid order
// through a dialog that names the order and its total, and "Go back" changes nothing.
import { expect, test } from '../support/test.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';
import { shopperWithOrder } from '../support/orders.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

test('a shopper cancels their paid order after a confirmation step and is refunded in full', async ({ page, browser, baseURL }) => {
  const { order, token } = await shopperWithOrder('Cas Cancel');
  await signInToAdmin(page, 'admin@tandem.test');
  await page.goto(`${adminUrl()}/orders/${order.id}`);
  await page.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(page.getByText('The payment was recorded.')).toBeVisible();

  const shop = await browser.newContext({ baseURL: baseURL! });
  await shop.addCookies([{ name: SHOP_COOKIE.session, value: token, url: baseURL! }]);
  const shopper = await shop.newPage();
  await shopper.goto(`/account/orders/${order.id}`);
  await shopper.getByRole('link', { name: 'Cancel this order' }).click();
  await expect(shopper.getByRole('heading', { level: 1 })).toHaveText(`Cancel order ${order.number}?`);
  await expect(shopper.getByText(/refund your payment of .* in full/)).toBeVisible();
  await shopper.getByRole('button', { name: 'Yes, cancel my order' }).click();
  await expect(shopper).toHaveURL(new RegExp(`/account/orders/${order.id}\\?cancelled=1$`));
  await expect(shopper.getByRole('status').filter({ hasText: 'Your order is cancelled' })).toBeVisible();
  await expect(shopper.getByText('Cancelled · refunded')).toBeVisible();
  await expect(shopper.getByRole('region', { name: 'Refunds' })).toBeVisible();
  await expect(shopper.getByRole('link', { name: 'Cancel this order' })).toHaveCount(0);
  await shop.close();
});

test('staff cancel an order only after confirming it in a dialog that names the order', async ({ page }) => {
  const { order } = await shopperWithOrder('Dora Dialog');
  await signInToAdmin(page, 'admin@tandem.test');
  await page.goto(`${adminUrl()}/orders/${order.id}`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Cancel the order…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this order' });
  await expect(dialog).toContainText(`Cancel order ${order.number} (`);
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Awaiting payment');

  await page.getByRole('button', { name: 'Cancel the order…' }).click();
  await dialog.getByRole('button', { name: 'Yes, cancel the order' }).click();
  await expect(page.getByText('The order was cancelled and its stock released.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cancelled');
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText(/^Order placed — 1 line, €/)).toBeVisible();
});
