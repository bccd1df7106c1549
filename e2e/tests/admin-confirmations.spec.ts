// Actions that cannot be undone ask first (ConfirmSubmit): a dialog that says what will happen,
// "Go back" does nothing, the confirm button does it; without JavaScript a required "Yes, I am
// sure" box stands in for the dialog. Shown on deleting a canned answer in the support area.
import { expect, test, type Page } from '../support/test.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

async function addCannedReply(page: Page, title: string): Promise<void> {
  await page.goto(`${adminUrl()}/support/canned`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Text').fill('Thanks for waiting: your parcel left our warehouse today.');
  await page.getByRole('button', { name: 'Add the reply' }).click();
  await expect(page.getByRole('status')).toHaveText('The reply was saved.');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('deleting asks first: "Go back" keeps the canned answer, confirming deletes it', async ({ page }) => {
  await signInToAdmin(page, 'support@tandem.test');
  const title = `Parcel on its way ${Date.now()}`;
  await addCannedReply(page, title);

  const remove = page.getByRole('button', { name: `Delete “${title}”` });
  const dialog = page.getByRole('dialog', { name: 'Delete this canned answer' });
  await remove.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`The canned answer “${title}” is deleted`);
  // The safe choice has focus, and going back changes nothing.
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  await remove.click();
  await dialog.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status')).toHaveText('The reply was deleted.');
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
});

test('without JavaScript the delete needs the "Yes, I am sure" box', async ({ page, browser }) => {
  await signInToAdmin(page, 'support@tandem.test');
  const title = `Refund sent ${Date.now()}`;
  await addCannedReply(page, title);

  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`${adminUrl()}/support/canned`);
  const item = plain.getByRole('listitem').filter({ has: plain.getByRole('heading', { name: title }) });
  const sure = item.getByRole('checkbox', { name: 'Yes, I am sure: delete this canned answer' });
  await expect(sure).toHaveAttribute('required', '');
  await sure.check();
  await item.getByRole('button', { name: `Delete “${title}”` }).click();
  await expect(plain.getByRole('status')).toHaveText('The reply was deleted.');
  await expect(plain.getByRole('heading', { name: title })).toHaveCount(0);
  await noScript.close();
});
