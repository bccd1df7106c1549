import { expect, test } from '../support/test.ts';
import { SHOP_COOKIE } from '../support/cookies.ts';

// The whole affiliate chain (a click through the widget on a partner's site, the order, the
// commission in the admin and the portal) is in widget.spec.ts; this is what a bad link does.

test('an unknown partner code still reaches the product, without a cookie', async ({ page, context }) => {
  await context.clearCookies();
  await page.goto('/r/no-such-partner?product=does-not-matter');
  await expect(page).toHaveURL(/\/p\/does-not-matter$/);
  expect((await context.cookies()).find((c) => c.name === SHOP_COOKIE.ref)).toBeUndefined();
  await page.goto('/r/no-such-partner?product=//evil.example');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('the privacy page explains the attribution cookie and how long it lives', async ({ page }) => {
  await page.goto('/privacy');
  const section = page.getByRole('heading', { name: 'When a partner sends you' });
  await expect(section).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: SHOP_COOKIE.ref })).toContainText('It lasts 30 days, then it expires');
});
