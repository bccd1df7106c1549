// The `test` every spec uses: Playwright's, with pages that wait after `goto` and `reload` until
// the store's Svelte app has taken over the server-rendered page. Text typed into a field before
// hydration can be lost (seen once under load in admin-pricing-edit), so a spec that fills a form
// right after navigating would fail now and then; waiting here closes that for every spec.
import { test as base, type BrowserContext, type Page } from '@playwright/test';

// Everything else (expect, types) as Playwright exports it; the local `test` below takes precedence.
export * from '@playwright/test';

const patched = new WeakSet<Page>();

/** Resolves once the document is hydrated, or at once when it is not one of the store's apps. */
async function untilHydrated(page: Page): Promise<void> {
  // Both apps' app.html mark <body> with data-sveltekit-preload-data; JSON, feeds and partner sites do not.
  if ((await page.locator('body[data-sveltekit-preload-data]').count()) === 0) return;
  // The root layouts set data-hydrated on <html> when they mount.
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

function waitForHydrationAfterNavigation(page: Page): void {
  if (patched.has(page)) return;
  patched.add(page);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await untilHydrated(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (options?.waitUntil !== 'commit') await untilHydrated(page);
    return response;
  };
}

function withHydratedPages(context: BrowserContext): void {
  for (const page of context.pages()) waitForHydrationAfterNavigation(page);
  context.on('page', waitForHydrationAfterNavigation);
}

export const test = base.extend({
  // Playwright's `page` fixture is opened from this context, so the listener covers it too.
  context: async ({ context, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) withHydratedPages(context);
    await use(context);
  },
});
