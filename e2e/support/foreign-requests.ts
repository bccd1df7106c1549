import type { Page } from '@playwright/test';

/** Records every request the page makes to an origin other than the store's own. */
export function watchForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}
