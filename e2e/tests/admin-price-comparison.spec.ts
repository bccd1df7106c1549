// A catalog manager imports a competitor's feed in the admin, resolves the offer nothing matched
// by picking the variant in the review queue, and shoppers then see that offer under "Compare
// prices" on the product's page.
import { expect, test } from '../support/test.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

// A product of its own: compare-prices.spec.ts counts the demo feeds' offers on the Vault helmet,
// and this spec adds one more to whatever product it matches.
const CATEGORY = '/c/accessories/locks';

test('a manager imports an offer feed, matches the unmatched offer to a variant, and the product page compares it', async ({ browser, page, baseURL }) => {
  const tag = Date.now().toString(36);
  await page.goto(`${baseURL}${CATEGORY}`);
  const productLink = page.getByRole('heading', { level: 3 }).getByRole('link').first();
  const productTitle = (await productLink.innerText()).trim();
  const productPath = (await productLink.getAttribute('href'))!;
  const sourceName = `Kestrel Outlet ${tag}`;
  const offerTitle = `Qwzx Kfjh ${tag}`;
  const csv = ['id,title,price,availability,shipping,link', `K-1,${offerTitle},19.00 EUR,in stock,NL:::0 EUR,https://kestrel-${tag}.example/k1`].join('\n');

  const admin = await browser.newPage();
  await signInToAdmin(admin, 'catalog@tandem.test');
  await admin.goto(`${adminUrl()}/catalog/price-comparison`, { waitUntil: 'networkidle' });
  await admin.getByLabel('Source', { exact: true }).selectOption('new');
  await admin.getByLabel('Name', { exact: true }).fill(sourceName);
  await admin.getByLabel('Short name for addresses (a-z, 0-9, -)').fill(`kestrel-${tag}`);
  await admin.getByLabel('Homepage').fill(`https://kestrel-${tag}.example`);
  await admin.getByLabel('Feed file, CSV or JSON (at most 20 MB)').setInputFiles({ name: 'kestrel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await admin.getByRole('button', { name: 'Import the feed' }).click();
  const report = admin.getByRole('region', { name: `Imported: ${sourceName}` });
  await expect(report.getByText('New offers')).toBeVisible();
  await expect(report.locator('dd').nth(1)).toHaveText('1');
  // Nothing matched the offer: it waits in the review queue.
  await expect(report.locator('dd').nth(5)).toHaveText('1');
  await report.getByRole('link', { name: /unmatched or ignored: open the review queue/ }).click();
  const item = admin.getByRole('article', { name: offerTitle });
  await expect(item.getByText('No product matched this offer.')).toBeVisible();
  const picker = item.getByRole('combobox', { name: 'Match it to a variant' });
  await picker.pressSequentially(productTitle, { delay: 10 });
  await expect(item.getByRole('option').first()).toBeVisible();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await picker.press('Enter');
  await expect(item.getByText(productTitle).first()).toBeVisible();
  await item.getByRole('button', { name: 'Match', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: /^Matched to / })).toBeVisible();
  await expect(admin.getByRole('article', { name: offerTitle })).toHaveCount(0);

  await page.goto(`${baseURL}${productPath}`);
  const compare = page.getByRole('region', { name: 'Compare prices' }).first();
  await expect(compare.getByRole('rowheader', { name: sourceName })).toBeVisible();
});
