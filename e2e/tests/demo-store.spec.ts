// What a first start of the demo store shows without anyone setting it up: the store's web ring
// going round the demo partner sites (served as the start command serves them, each carrying the
// ring bar and the store's widget), and a live group buy that demo riders have already joined.
import { expect, test } from '../support/test.ts';
import { callApi, DEMO_STAFF_PASSWORD } from '../support/staff.ts';

const firstSite = `http://127.0.0.1:${process.env.TANDEM_E2E_DEMO_SITES_PORT}/`;
const secondSite = `http://127.0.0.1:${Number(process.env.TANDEM_E2E_DEMO_SITES_PORT) + 1}/`;

test('the demo web ring goes from the store to the partner sites and round them, each showing the store\'s products', async ({ page }) => {
  await page.goto('/rings/bike-sites');
  await expect(page.getByRole('heading', { level: 1, name: 'Bike sites ring' })).toBeVisible();
  const members = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Maillot Corner' }) });
  await expect(members.getByRole('link')).toHaveText(['Maillot Corner', 'Chain Stay Blog']);

  await page.getByRole('navigation', { name: /Bike sites ring/ }).getByRole('link', { name: 'First site' }).click();
  await page.waitForURL(firstSite);
  await expect(page.getByRole('heading', { level: 1, name: 'Maillot Corner' })).toBeVisible();
  // The store's widget, allowed on this origin by the demo seed, lists products from the store.
  await expect(page.locator('tandem-crosslinks').getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });

  const bar = page.locator('tandem-ringbar').getByRole('navigation', { name: 'Bike sites ring' });
  await bar.getByRole('link', { name: 'Next →' }).click();
  await page.waitForURL(secondSite);
  await expect(page.getByRole('heading', { level: 1, name: 'Chain Stay Blog' })).toBeVisible();
  await page.locator('tandem-ringbar').getByRole('navigation', { name: 'Bike sites ring' }).getByRole('link', { name: 'Next →' }).click();
  await page.waitForURL(firstSite);
});

test('the demo group buy is running with riders joined, and its product page shows the progress', async ({ page }) => {
  const { session } = await callApi<{ session: { token: string } }>('mutation', 'auth.signIn', { email: 'marketing@tandem.test', password: DEMO_STAFF_PASSWORD });
  const deals = await callApi<{ slug: string; status: string; participants: number; minParticipants: number }[]>('query', 'adminGroupBuys.list', {}, session.token);
  const demo = deals.find((d) => d.slug.startsWith('club-wheelset-order-') && d.status === 'OPEN');
  expect(demo).toMatchObject({ participants: 3, minParticipants: 6 });

  await page.goto(`/deals/${demo!.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Club wheelset order' })).toBeVisible();
  await expect(page.getByText(/3\s+buyers have joined; it goes ahead with at least 6/)).toBeVisible();
  await page.locator('main a[href^="/p/"]').first().click();
  await expect(page).toHaveURL(/\/p\//);
  await expect(page.getByRole('link', { name: /Group buy: Club wheelset order/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '3 of 6 buyers needed have joined' })).toHaveAttribute('value', '3');
});
