// The steps a new shopper takes from the checkout page to a placed order, shared by the specs
// whose subject is what comes before (a configuration, a referral) or after.
import { expect, type Page } from '@playwright/test';

/** From the checkout page: creates an account for a new shopper and comes back to checkout. */
export async function createAccountAtCheckout(page: Page, name: string, emailPrefix: string): Promise<void> {
  await page.getByRole('link', { name: 'Create an account' }).click();
  // Wait for the sign-up page: until it replaces checkout, 'Name' would also find checkout's
  // "Full name" field, and what is typed there is lost when the page changes.
  await expect(page).toHaveURL(/\/account\/sign-up/);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('E-mail').fill(`${emailPrefix}-${Date.now()}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
}

/** Delivers to an Amsterdam address by standard parcel and places the order. */
export async function placeOrderToAmsterdam(page: Page): Promise<void> {
  await page.getByLabel('Street and house number').fill('Keizersgracht 123');
  await page.getByLabel('Postal code').fill('1015 CJ');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByLabel('Country').selectOption('NL');
  await page.getByRole('radio', { name: /Standard parcel/ }).check();
  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/?]+\?placed=1$/);
}

/** Opens a product from the in-stock listing whose chosen variant has plenty left ("In stock"). */
export async function openProductInStock(page: Page): Promise<string> {
  await page.goto('/products?stock=1');
  const links = await page.getByRole('heading', { level: 3 }).getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  for (const href of links.slice(0, 12)) {
    await page.goto(href);
    if (await page.getByText('In stock', { exact: true }).isVisible()) return page.getByRole('heading', { level: 1 }).innerText();
  }
  throw new Error('No product with plenty of stock among the first listed');
}

/** From the checkout page as a guest: e-mail, an Amsterdam address, standard parcel, the payment method, the terms; then places the order. */
export async function placeGuestOrder(page: Page, email: string, paymentMethod: RegExp): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Full name').fill('Gina Guest');
  await page.getByLabel('Street and house number').fill('Keizersgracht 123');
  await page.getByLabel('Postal code').fill('1015 CJ');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByLabel('Country').selectOption('NL');
  await page.getByRole('radio', { name: /Standard parcel/ }).check();
  await page.getByRole('group', { name: 'Payment' }).getByRole('radio', { name: paymentMethod }).check();
  await page.getByRole('checkbox', { name: /^I accept the terms of sale/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/guest\/[A-Za-z0-9_-]+\?placed=1$/);
}
