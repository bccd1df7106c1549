// The two cookies the storefront keeps for a shopper: the session token from sign-in or
// sign-up, and the token of an anonymous shopper's cart. Both are HttpOnly: scripts in the page
// never see a token; only this server reads them and forwards them to the API. Their names come
// from web-kit's `cookieName` (`tandem_shop_session`, `__Host-tandem_shop_session` over HTTPS).
import type { Cookies } from '@sveltejs/kit';
import { cookieName, cookieOptions, sessionCookieOptions, type CookieOptions } from '@tandem/web-kit/cookies';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import type { FrontEndSite } from '@tandem/web-kit/site';

export { cookieName, cookieOptions };

/** An anonymous cart is remembered for 30 days after its last change. */
export const CART_COOKIE_MAX_AGE = 30 * 24 * 60 * 60;

export function cartCookieOptions(site: FrontEndSite, url: URL): CookieOptions {
  return { ...cookieOptions(site, url), maxAge: CART_COOKIE_MAX_AGE };
}

/** The parts of a request event these helpers touch. */
export interface ShopperEvent {
  cookies: Pick<Cookies, 'set' | 'delete'>;
  url: URL;
  locals: { auth: ApiAuth; site: FrontEndSite };
}

/**
 * Keeps a new session (sign-in, sign-up): always a new cookie, never the old token, and the
 * anonymous cart cookie goes because the API has merged that cart into the customer's.
 */
export function startSession(event: ShopperEvent, session: { token: string; expiresAt: string }): void {
  event.cookies.set(cookieName(event.locals.site, 'session'), session.token, sessionCookieOptions(event.locals.site, event.url, session.expiresAt));
  event.locals.auth.sessionToken = session.token;
  forgetCart(event);
}

/** Forgets the session (sign-out, or a session the API no longer knows). */
export function endSession(event: ShopperEvent): void {
  event.cookies.delete(cookieName(event.locals.site, 'session'), cookieOptions(event.locals.site, event.url));
  event.locals.auth.sessionToken = null;
}

/** Keeps the token of an anonymous cart the API just created. */
export function rememberCart(event: ShopperEvent, cartToken: string): void {
  event.cookies.set(cookieName(event.locals.site, 'cart'), cartToken, cartCookieOptions(event.locals.site, event.url));
  event.locals.auth.cartToken = cartToken;
}

export function forgetCart(event: ShopperEvent): void {
  event.cookies.delete(cookieName(event.locals.site, 'cart'), cookieOptions(event.locals.site, event.url));
  event.locals.auth.cartToken = null;
}
