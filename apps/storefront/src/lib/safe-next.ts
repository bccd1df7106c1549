// Where to send a shopper after signing in (the check itself is shared: @tandem/web-kit/safe-path).
import { safeLocalPath } from '@tandem/web-kit/safe-path';

/** Pages that make no sense to come back to after signing in. */
const AUTH_PAGES = new Set(['/account/sign-in', '/account/sign-up', '/account/sign-out', '/account/forgot', '/account/reset']);

/**
 * `raw` when it is a path on this site, else `fallback`.
 *
 * @example safeNextPath('/checkout') // "/checkout"
 * @example safeNextPath('//evil.example/') // "/account"
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/account'): string {
  return safeLocalPath(raw, fallback, AUTH_PAGES);
}

/** The page's path and query as a `next` value, without SvelteKit's `?/action` keys. */
export function returnPath(url: URL): string {
  const params = new URLSearchParams([...url.searchParams].filter(([key]) => !key.startsWith('/')));
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** The sign-in page, coming back to `next` afterwards. */
export function signInPath(next?: string | null): string {
  const target = next ? safeNextPath(next, '') : '';
  return target ? `/account/sign-in?${new URLSearchParams({ next: target })}` : '/account/sign-in';
}
