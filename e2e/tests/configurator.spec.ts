import { expect, test } from '../support/test.ts';
import { createAccountAtCheckout, placeOrderToAmsterdam } from '../support/checkout.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';

const BIKE = '/configure/build-your-road-bike';

test('a shopper configures a bike, fixes an invalid combination, buys it and sees the configuration on the order', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  await page.goto('/p/build-your-road-bike');
  await page.getByRole('link', { name: 'Configure yours' }).click();
  await expect(page).toHaveURL(new RegExp(`${BIKE}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Build Your Road Bike' })).toBeVisible();
  await expect(page.getByText('Everything fits together.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Preview of your Build Your Road Bike/ })).toBeVisible();

  // An aero disc frame does not take the rim brakes chosen by default: shown at once, with reasons.
  await page.getByRole('radio', { name: /Aero carbon frame/ }).check();
  const problems = page.getByRole('alert').filter({ hasText: 'This combination cannot be built yet' });
  await expect(problems).toContainText('Dual-pivot rim brakes needs Allroad alloy frame (rim brake).');
  await expect(page.getByRole('radio', { name: /Gravel-ready 32 mm/ })).toBeDisabled();
  await expect(page.getByText('Not available with Aero carbon frame (disc).')).toBeVisible();

  // Fix it: disc brakes, then disc wheels.
  await page.getByRole('radio', { name: /Hydraulic disc brakes/ }).check();
  await expect(problems).toContainText('needs Dual-pivot rim brakes');
  await page.getByRole('group', { name: /Wheels$/ }).getByRole('radio', { name: /\(disc\)/ }).first().check();
  await expect(page.getByText('Everything fits together.')).toBeVisible();
  await page.getByLabel('Top-tube name').fill('Ada');
  const total = await page.locator('.total dd').innerText();

  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart\?added=configuration$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Build Your Road Bike' })).toBeVisible();
  await expect(page.getByText('Aero carbon frame (disc)')).toBeVisible();
  await expect(page.getByText('“Ada”')).toBeVisible();

  await page.getByRole('link', { name: 'Checkout' }).click();
  await createAccountAtCheckout(page, 'Ada Lovelace', 'builder');
  await placeOrderToAmsterdam(page);

  const configuration = page.getByLabel('Your configuration');
  await expect(configuration).toContainText('Aero carbon frame (disc)');
  await expect(configuration).toContainText('Hydraulic disc brakes');
  await expect(configuration).toContainText('172.5 mm');
  await expect(page.getByText(total).first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the configurator validates on submit and shares a saved configuration without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(BIKE);
  await page.getByRole('radio', { name: /Aero carbon frame/ }).check();
  await page.getByRole('button', { name: 'Check & update price' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This combination cannot be built yet' })).toContainText('Dual-pivot rim brakes needs');
  await expect(page.getByRole('radio', { name: /Aero carbon frame/ })).toBeChecked();

  await page.getByRole('radio', { name: /Hydraulic disc brakes/ }).check();
  await page.getByRole('group', { name: /Wheels$/ }).getByRole('radio', { name: /\(disc\)/ }).first().check();
  await page.getByLabel(/^Crank length in mm/).fill('170');
  await page.getByRole('button', { name: 'Save & get share link' }).click();
  await expect(page).toHaveURL(/\?c=[0-9A-Za-z]{12}$/);
  const share = await page.getByLabel('Share link').inputValue();

  const other = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const friend = await other.newPage();
  await friend.goto(share);
  await expect(friend.getByRole('radio', { name: /Aero carbon frame/ })).toBeChecked();
  await expect(friend.getByLabel(/^Crank length in mm/)).toHaveValue('170');
  await friend.getByRole('button', { name: 'Add to cart' }).click();
  await expect(friend).toHaveURL(/\/cart\?added=configuration$/);
  await expect(friend.getByText('170 mm')).toBeVisible();
  await context.close();
  await other.close();
});
