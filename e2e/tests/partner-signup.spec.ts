import { expect, test } from '../support/test.ts';
import { watchForeignRequests } from '../support/foreign-requests.ts';
import { adminUrl, confirmPasswordInDialog, signInToAdmin } from '../support/staff.ts';

const apiUrl = () => process.env.TANDEM_E2E_API_URL ?? 'http://127.0.0.1:4310';

test('a customer applies in the partner portal, an admin approves, and the new partner creates an API key that works', async ({ page, browser, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const site = `Spoke Stories ${stamp}`;

  // A guest finds the programme in the footer and is sent to sign up and back.
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Tandem partner programme' })).toBeVisible();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/account\/sign-up\?next=%2Fpartners$/);
  await page.getByLabel('Name').fill('Paula Partner');
  await page.getByLabel('E-mail').fill(`paula-${stamp}@example.test`);
  await page.getByLabel('Password').fill('spokes and stories forever');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/partners$/);

  // A bad web address is explained beside its field; then the application goes through.
  const form = page.getByRole('form', { name: 'Partner application' });
  await form.getByLabel('Name of your site').fill(site);
  await form.getByLabel('Web address').fill('ftp://spoke-stories.example');
  await form.getByLabel('Contact e-mail').fill(`editor-${stamp}@example.test`);
  await form.getByLabel('About your site').fill('Long reads about touring by bike.');
  await form.getByRole('button', { name: 'Send the application' }).click();
  await expect(form.getByText('Enter the full address of your site, starting with https:// or http://')).toBeVisible();
  await form.getByLabel('Web address').fill('https://spoke-stories.example');
  await form.getByRole('button', { name: 'Send the application' }).click();
  await expect(page).toHaveURL(/\/partners\/application\?applied=1$/);
  await expect(page.getByRole('heading', { name: 'Status: Waiting for review' })).toBeVisible();
  // The portal is not open yet.
  await page.goto('/partners/keys');
  await expect(page).toHaveURL(/\/partners\/application$/);

  // An administrator approves the application in the admin app.
  const staff = await browser.newContext();
  const admin = await staff.newPage();
  const adminForeign = watchForeignRequests(admin, adminUrl());
  await signInToAdmin(admin, 'admin@tandem.test');
  await admin.getByRole('navigation', { name: 'Admin areas' }).getByRole('link', { name: 'Partners' }).click();
  await admin.getByRole('link', { name: /^Pending/ }).click();
  await admin.getByLabel('Search by code, site, web address or e-mail').fill(stamp);
  await admin.getByRole('button', { name: 'Search' }).click();
  await admin.getByRole('link', { name: site }).click();
  await expect(admin.getByText('Long reads about touring by bike.')).toBeVisible();
  await admin.getByRole('button', { name: 'Approve the application' }).click();
  // Approving gives the partner role: the admin types the password again, and the approval goes through.
  await confirmPasswordInDialog(admin);
  await expect(admin.getByText('The partner was approved and e-mailed')).toBeVisible();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('Approved');
  expect(adminForeign).toEqual([]);
  await staff.close();

  // The customer now sees the approved portal and creates a key.
  await page.goto('/partners');
  await expect(page).toHaveURL(/\/partners\/overview$/);
  const nav = page.getByRole('navigation', { name: 'Partner portal' });
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'API keys' }).click();
  await page.getByLabel('Name of the key').fill('Blog server');
  await page.getByRole('button', { name: 'Create the key' }).click();
  const key = await page.getByLabel('Your new API key').inputValue();
  expect(key).toMatch(/^tpk_[0-9a-f]{8}_[0-9a-f]{48}$/);
  await expect(page.getByRole('row').filter({ hasText: 'Blog server' })).toContainText('never');

  // The partner's own server checks the key against the API.
  const me = await fetch(`${apiUrl()}/trpc/partnerApi.me`, { headers: { 'x-partner-key': key } });
  expect(me.status).toBe(200);
  const body = (await me.json()) as { result: { data: { name: string; allowedOrigins: string[] } } };
  expect(body.result.data).toMatchObject({ name: site, allowedOrigins: ['https://spoke-stories.example'] });

  // Shown once: after a reload the key itself is gone, its prefix stays.
  await page.reload();
  await expect(page.getByLabel('Your new API key')).toHaveCount(0);
  await expect(page.getByText(`${key.slice(0, 12)}_…`)).toBeVisible();
  expect(foreign).toEqual([]);
});
