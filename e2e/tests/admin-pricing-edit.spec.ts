// Marketing edits a saved price list and a clearance rule: the product picker adds the list's
// entry rows (named, priced, removable) and the rule's chips (named, removable, usable by keyboard), a refused change is shown under
// its field, and the corrected change is saved in place.
import { expect, test, type Page } from '../support/test.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

/** Adds the first variant the picker finds for `query` to the field it serves. */
async function pickFirstVariant(page: Page, pickerLabel: string, query: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: pickerLabel });
  await picker.pressSequentially(query, { delay: 30 });
  await page.getByRole('listbox', { name: pickerLabel }).getByRole('option').first().click();
  await expect(page.getByRole('status').filter({ hasText: /^Added / })).toBeVisible();
}

test('marketing edits a price list and a clearance rule, with refused values shown by field', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  await signInToAdmin(page, 'marketing@tandem.test');

  await page.goto(`${adminUrl()}/marketing/price-lists`);
  await page.getByLabel('Name', { exact: true }).fill(`Trade ${stamp}`);
  await page.getByRole('group', { name: 'Price list' }).getByLabel('Customer group').selectOption('WHOLESALE');
  // The variant chosen becomes a row by its name, at its catalog price; no id is shown.
  const entries = page.getByRole('group', { name: /^Entries/ });
  await pickFirstVariant(page, 'Find a variant to add at its catalog price', 'helmet');
  await expect(entries.getByRole('row')).toHaveCount(2);
  const entryName = (await entries.getByRole('rowheader').first().textContent())?.trim() ?? '';
  expect(entryName).toMatch(/helmet/i);
  const price = entries.getByRole('textbox', { name: `Unit price of ${entryName}` });
  await expect(price).toHaveValue(/^\d+\.\d{2}$/);
  const variantId = await entries.locator('input[name="entryVariantId"]').inputValue();
  await price.fill('1.00');
  await page.getByRole('button', { name: 'Save the price list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The price list was saved.' })).toBeVisible();
  await page.getByRole('link', { name: `Trade ${stamp}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Price list: Trade ${stamp}`);
  await expect(entries.getByRole('textbox', { name: `Unit price of ${entryName}` })).toHaveValue('1.00');
  await expect(entries).not.toContainText(variantId);

  // Without JavaScript the row is still there, removable with a box, and more can be typed by id.
  const noScriptList = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plainList = await noScriptList.newPage();
  await plainList.goto(page.url());
  const plainEntries = plainList.getByRole('group', { name: /^Entries/ });
  await expect(plainEntries.getByRole('textbox', { name: `Unit price of ${entryName}` })).toHaveValue('1.00');
  await expect(plainEntries.getByRole('checkbox', { name: `Remove ${entryName}` })).not.toBeChecked();
  await expect(plainEntries.getByRole('textbox', { name: /^More entries/ })).toBeVisible();
  await noScriptList.close();

  // Removed with its button (focus goes to the search) and added back with the keyboard alone.
  await entries.getByRole('button', { name: `Remove ${entryName}` }).click();
  await expect(entries.getByText('No entries yet.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Find a variant to add at its catalog price' })).toBeFocused();
  await page.keyboard.type('helmet', { delay: 30 });
  await expect(page.getByRole('listbox', { name: 'Find a variant to add at its catalog price' }).getByRole('option', { name: entryName, selected: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await entries.getByRole('textbox', { name: `Unit price of ${entryName}` }).fill('1.00');

  await page.getByLabel(/^Starts/).fill('2026-06-01T00:00');
  await page.getByLabel(/^Ends/).fill('2026-05-01T00:00');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please check the price list.');
  await expect(page.getByLabel(/^Ends/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-endsAt-err')).toHaveText('Ends before it starts');

  await page.getByLabel(/^Ends/).fill('2026-07-01T00:00');
  await page.getByLabel('Name', { exact: true }).fill(`Trade ${stamp} summer`);
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The price list was saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Price list: Trade ${stamp} summer`);
  await page.getByRole('link', { name: '← Price lists' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Trade ${stamp} summer`) })).toContainText('wholesale');

  await page.goto(`${adminUrl()}/marketing/clearance`);
  await page.getByLabel('Name shoppers see').fill(`Old helmets ${stamp}`);
  // The variant chosen shows as a chip by its name; the form posts its id.
  const variants = page.getByRole('group', { name: 'Variants', exact: true });
  await pickFirstVariant(page, 'Find a variant to add', 'helmet');
  await expect(variants.getByRole('listitem')).toHaveCount(1);
  const variantName = (await variants.getByRole('listitem').locator('span').first().textContent()) ?? '';
  expect(variantName).toMatch(/helmet/i);
  const removeVariant = variants.getByRole('button', { name: `Remove ${variantName}` });
  await expect(removeVariant).toBeVisible();
  await expect(variants.locator('input[name="variantIds"]')).toHaveValue(variantId);
  await page.getByRole('button', { name: 'Save the rule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The rule was saved' })).toBeVisible();
  await page.getByRole('link', { name: `Old helmets ${stamp}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Clearance rule: Old helmets ${stamp}`);
  // The saved rule names its variant as the picker did, never by its id.
  await expect(removeVariant).toBeVisible();
  await expect(variants).not.toContainText(variantId);

  // Without JavaScript the chip is a ticked box by the same name, and more ids can be typed.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(page.url());
  const plainVariants = plain.getByRole('group', { name: 'Variants', exact: true });
  await expect(plainVariants.getByRole('checkbox', { name: variantName })).toBeChecked();
  await expect(plainVariants.getByRole('textbox', { name: /^More, by id/ })).toBeVisible();
  await noScript.close();

  // Removed with its button (focus goes to the search), added back with the keyboard alone.
  await removeVariant.click();
  await expect(variants.getByRole('listitem')).toHaveCount(0);
  await expect(variants.getByText('None chosen.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Find a variant to add' })).toBeFocused();
  await page.keyboard.type('helmet', { delay: 30 });
  // The same search offers the same first variant again, active as the list opens.
  await expect(page.getByRole('listbox', { name: 'Find a variant to add' }).getByRole('option', { name: variantName, selected: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(removeVariant).toBeVisible();

  await page.getByLabel('Never below (percent of the catalog price)').fill('5');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('#f-floorPercent-err')).toHaveText('The floor is at least 10 % of the catalog price');
  // The refused form is shown again with its chip still named.
  await expect(removeVariant).toBeVisible();
  await page.getByLabel('Never below (percent of the catalog price)').fill('30');
  await page.getByLabel('At most (percent off)').fill('60');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The rule was saved' })).toBeVisible();
  await page.getByRole('link', { name: '← Clearance rules' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Old helmets ${stamp}`) })).toContainText('60 % off');
  await expect(page.getByRole('row', { name: new RegExp(`Old helmets ${stamp}`) })).toContainText('30 % of the price');
});
