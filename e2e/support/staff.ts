// Helpers for specs that involve the admin app and set up data through the API itself.
import { expect, type Page } from '@playwright/test';

export const adminUrl = () => process.env.TANDEM_E2E_ADMIN_URL ?? 'http://127.0.0.1:3311';
const apiUrl = () => process.env.TANDEM_E2E_API_URL ?? 'http://127.0.0.1:4310';

/** The demo password of the staff accounts the API creates at a demo start. */
export const DEMO_STAFF_PASSWORD = 'tandem-demo-staff';

/** Signs a demo staff member in to the admin app. */
export async function signInToAdmin(page: Page, email: string): Promise<void> {
  // Wait until the page has hydrated: typing into a form Svelte is still taking over can be lost.
  await page.goto(`${adminUrl()}/sign-in`, { waitUntil: 'networkidle' });
  await page.getByLabel('E-mail').fill(email);
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Admin areas' })).toBeVisible();
}

/**
 * Answers the admin's password dialog, which refunds, payouts and partner approvals open when
 * the password was not typed in the last few minutes; the action then runs again by itself.
 */
export async function confirmPasswordInDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Confirm your password' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await dialog.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(dialog).toBeHidden();
}

/** Calls a tRPC procedure over HTTP, as any client of the headless API would. */
export async function callApi<T>(kind: 'query' | 'mutation', path: string, input: unknown, sessionToken?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sessionToken) headers.authorization = `Bearer ${sessionToken}`;
  const url = `${apiUrl()}/trpc/${path}`;
  const response =
    kind === 'query'
      ? await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(url, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok || !body.result) throw new Error(`${path} failed: ${body.error?.message ?? response.status}`);
  return body.result.data;
}
