import { expect, test } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { adminUrl, signInToAdmin } from '../support/staff.ts';

test("a shopper's question on a product page becomes a ticket, an agent answers in the admin, and the shopper sees the reply", async ({ page, browser, baseURL }) => {
  // The shopper, a guest, asks about a product.
  await page.goto('/products');
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/p\/[^/]+$/);
  const product = await page.getByRole('heading', { level: 1 }).innerText();
  const ask = page.getByRole('region', { name: 'Ask a question about this product' });
  await ask.getByLabel('Your name').fill('Greta Guest');
  await ask.getByLabel('E-mail').fill(`greta-${Date.now()}@example.test`);
  await ask.getByLabel('Your question').fill('Could I get this in a custom colour with my club logo, as a batch of twelve?');
  await ask.getByRole('button', { name: 'Send the question' }).click();

  await expect(page).toHaveURL(/\/support\/[A-Za-z0-9_-]{40,}$/);
  const conversationUrl = page.url();
  // If the FAQ happened to answer, the shopper still asks for a person.
  const person = page.getByRole('button', { name: 'I still need a person' });
  if (await person.isVisible()) await person.click();
  await expect(page.getByText('Waiting for our reply')).toBeVisible();
  await expect(page.getByRole('link', { name: product, exact: true })).toBeVisible();
  const reference = /T-\d{6}/.exec(await page.getByText(/T-\d{6}/).first().innerText())?.[0];
  expect(reference).toBeTruthy();

  // The agent signs in to the admin app, finds the ticket and replies.
  const staff = await browser.newContext();
  const admin = await staff.newPage();
  const foreign = watchForeignRequests(admin, adminUrl());
  await signInToAdmin(admin, 'support@tandem.test');
  const nav = admin.getByRole('navigation', { name: 'Admin areas' });
  await expect(nav.getByRole('link', { name: 'Customer service' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Customer service' }).click();
  await admin.getByLabel(/^Search by ticket number/).fill(reference!);
  await admin.getByRole('button', { name: 'Search' }).click();
  const row = admin.getByRole('row').filter({ hasText: reference! });
  await expect(row.getByText(/due in \d+ h/)).toBeVisible();
  await row.getByRole('link', { name: reference! }).click();
  await admin.getByLabel('Message to Greta Guest').fill('Hello Greta, yes: custom colours are possible from ten frames. We will send you a quote.');
  await admin.getByRole('button', { name: 'Send reply' }).click();
  await expect(admin.getByText('Your reply was sent')).toBeVisible();
  // Another area of the admin is closed to a support agent.
  const audit = await admin.goto(`${adminUrl()}/audit`);
  expect(audit?.status()).toBe(403);
  expect(foreign).toEqual([]);
  await staff.close();

  // The shopper sees the answer on their conversation page.
  await page.goto(conversationUrl);
  await expect(page.getByText('Answered', { exact: true })).toBeVisible();
  await expect(page.getByText(/custom colours are possible from ten frames/)).toBeVisible();
  expect(baseURL).toBeTruthy();
});
