// The two cookies the storefront keeps for a shopper. Both are HttpOnly: scripts in the page
// never see a token; only this server reads them and forwards them to the API.
import type { Cookies } from '@sveltejs/kit';
import { cookieOptions, sessionCookieOptions, type CookieOptions } from '@tandem/web-kit/cookies';
import type { ApiAuth } from '@tandem/web-kit/api-auth';

export { cookieOptions, sessionCookieOptions };

/** The session token from sign-in or sign-up. */
export const SESSION_COOKIE = 'tandem_session';
/** The token of an anonymous shopper's cart (before they sign in). */
export const CART_COOKIE = 'tandem_cart';
/** An anonymous cart is remembered for 30 days after its last change. */
export const CART_COOKIE_MAX_AGE = 30 * 24 * 60 * 60;

export function cartCookieOptions(url: URL): CookieOptions {
  return { ...cookieOptions(url), maxAge: CART_COOKIE_MAX_AGE };
}

/** The parts of a request event these helpers touch. */
export interface ShopperEvent {
  cookies: Pick<Cookies, 'set' | 'delete'>;
  url: URL;
  locals: { auth: ApiAuth };
}

/**
 * Keeps a new session (sign-in, sign-up): always a new cookie, never the old token, and the
 * anonymous cart cookie goes because the API has merged that cart into the customer's.
 */
export function startSession(event: ShopperEvent, session: { token: string; expiresAt: string }): void {
  event.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(event.url, session.expiresAt));
  event.locals.auth.sessionToken = session.token;
  forgetCart(event);
}

/** Forgets the session (sign-out, or a session the API no longer knows). */
export function endSession(event: ShopperEvent): void {
  event.cookies.delete(SESSION_COOKIE, cookieOptions(event.url));
  event.locals.auth.sessionToken = null;
}

/** Keeps the token of an anonymous cart the API just created. */
export function rememberCart(event: ShopperEvent, cartToken: string): void {
  event.cookies.set(CART_COOKIE, cartToken, cartCookieOptions(event.url));
  event.locals.auth.cartToken = cartToken;
}

export function forgetCart(event: ShopperEvent): void {
  event.cookies.delete(CART_COOKIE, cookieOptions(event.url));
  event.locals.auth.cartToken = null;
}
