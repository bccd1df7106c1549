import { expect, test } from '../support/test.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';
import { shopperWithOrder } from '../support/orders.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';

test('an admin finds an order, ships it with a tracking number, and the shopper sees it shipped', async ({ page, browser, baseURL }) => {
  const { order, token } = await shopperWithOrder();

  await signInToAdmin(page, 'admin@tandem.test');
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Orders' }).click();
  await page.getByLabel('Order number, e-mail or name').fill(order.number);
  await page.getByRole('button', { name: 'Find orders' }).click();
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: order.number }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Awaiting payment');

  await page.getByRole('button', { name: 'Record the offline payment' }).click();
  await expect(page.getByText('The payment was recorded.')).toBeVisible();
  await page.getByLabel('Carrier').fill('PostNL');
  await page.getByLabel('Tracking number').fill('3SXYZ98765432');
  await page.getByLabel('Tracking link (optional)').fill('https://tracking.example/3SXYZ98765432');
  await page.getByRole('button', { name: 'Mark shipped and e-mail the shopper' }).click();
  await expect(page.getByText(/marked shipped and the shopper was e-mailed/)).toBeVisible();
  await expect(page.getByText(/Shipped .* with PostNL, tracking 3SXYZ98765432/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Shipped with PostNL, tracking number 3SXYZ98765432')).toBeVisible();

  // The audit log has the change, with before and after.
  await page.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Audit log' }).click();
  await page.getByLabel('Action (or its start)').fill('orders.fulfil');
  await page.getByRole('button', { name: 'Filter' }).click();
  const entry = page.getByRole('article').filter({ hasText: order.id }).first();
  await expect(entry.getByRole('row').filter({ hasText: 'status' }).filter({ hasText: 'FULFILLED' })).toBeVisible();

  // The shopper, signed in on the storefront, sees the order shipped.
  const shop = await browser.newContext({ baseURL: baseURL! });
  await shop.addCookies([{ name: SHOP_COOKIE.session, value: token, url: baseURL! }]);
  const shopper = await shop.newPage();
  await shopper.goto(`/account/orders/${order.id}`);
  await expect(shopper.getByText('Shipped', { exact: true }).first()).toBeVisible();
  await shop.close();
  expect(adminUrl()).toContain('127.0.0.1');
});
