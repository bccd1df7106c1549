// Cookie names and options every Tandem front end uses. Names carry the app (`tandem_shop_…`,
// `tandem_admin_…`): cookies ignore ports, so on one host the shop and the admin receive each
// other's cookies, and a shared name would let one app read or overwrite the other's session.
// Over HTTPS every name is `__Host-`-prefixed, which browsers accept only with Secure, Path=/
// and no Domain: no sibling subdomain or plain-HTTP page can plant or shadow it.
// Options: HttpOnly (scripts in the page never see a token), SameSite=Lax, site-wide.
import type { Cookies } from '@sveltejs/kit';
import type { FrontEndSite } from './site.ts';

export type CookieOptions = Parameters<Cookies['set']>[2];

/** What a cookie holds; the same purpose in the two apps still gets two names. */
export type CookiePurpose = 'session' | 'cart' | 'ref' | 'consent' | 'visitor';

/**
 * The cookie name for `purpose` in the app of `site`.
 *
 * @example cookieName({ app: 'admin', https: true }, 'session') // '__Host-tandem_admin_session'
 */
export function cookieName(site: FrontEndSite, purpose: CookiePurpose): string {
  const name = `tandem_${site.app}_${purpose}`;
  return site.https ? `__Host-${name}` : name;
}

/**
 * Options for every cookie of `site`: Secure when the configured origin is HTTPS (a `__Host-`
 * name requires it) or the request itself arrived over HTTPS; never a Domain attribute.
 */
export function cookieOptions(site: FrontEndSite, url: URL): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: site.https || url.protocol === 'https:', path: '/' };
}

/** A session cookie lives exactly as long as the session (`expiresAt` from the API). */
export function sessionCookieOptions(site: FrontEndSite, url: URL, expiresAt: string): CookieOptions {
  return { ...cookieOptions(site, url), expires: new Date(expiresAt) };
}
