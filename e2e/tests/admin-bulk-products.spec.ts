// Bulk actions on the admin's product list: a filtered view lives in its address (bookmark it,
// share it, open it again), staff tick products in it and archive them after a confirmation that
// names the count, and the list they come back to is the same filtered view.
import { expect, test } from '../support/test.ts';
import { activeProduct, staffToken } from '../support/partner-setup.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

test('archives the chosen products of a filtered view after a confirmation naming the count', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const staff = await staffToken();
  for (const n of [1, 2, 3]) await activeProduct(staff, { slug: `bulk-bell-${stamp}-${n}`, title: `Bulk bell ${stamp} ${n}`, priceAmount: 1_500, stockOnHand: 3 });

  await signInToAdmin(page, 'catalog@tandem.test');
  await page.goto(`${adminUrl()}/catalog`, { waitUntil: 'networkidle' });
  await page.getByLabel('Title, slug or SKU').fill(`bulk-bell-${stamp}`);
  await page.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
  await page.getByRole('button', { name: 'Find products' }).click();
  // The filter is in the address: opening that address again shows the same view.
  await expect(page).toHaveURL(new RegExp(`query=bulk-bell-${stamp}.*status=ACTIVE`));
  const filtered = page.url();
  await page.goto(filtered, { waitUntil: 'networkidle' });
  await expect(page.getByText('3 products', { exact: true })).toBeVisible();

  await page.getByRole('checkbox', { name: `Choose Bulk bell ${stamp} 1` }).check();
  await page.getByRole('checkbox', { name: `Choose Bulk bell ${stamp} 2` }).check();
  await expect(page.getByRole('group', { name: 'With the chosen products (2)' })).toBeVisible();
  await page.getByLabel('Change the status').selectOption('ARCHIVED');
  await page.getByRole('button', { name: 'Apply to the chosen products' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the chosen products' });
  await expect(dialog).toContainText('Archive 2 products?');
  await dialog.getByRole('button', { name: 'Yes, change them' }).click();

  await expect(page.getByRole('status').filter({ hasText: '2 products archived.' })).toBeVisible();
  // Still the filtered view: only the product left active is listed.
  expect(page.url()).toContain(`query=bulk-bell-${stamp}`);
  await expect(page.getByText('1 product', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `Bulk bell ${stamp} 3` })).toBeVisible();
  await page.goto(`${adminUrl()}/catalog?query=bulk-bell-${stamp}&status=ARCHIVED`);
  await expect(page.getByText('2 products', { exact: true })).toBeVisible();
});
