// Cookie options every Tandem front end uses: HttpOnly (scripts in the page never see a token),
// SameSite=Lax, site-wide, and Secure whenever the app is served over HTTPS.
import type { Cookies } from '@sveltejs/kit';

export type CookieOptions = Parameters<Cookies['set']>[2];

export function cookieOptions(url: URL): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', path: '/' };
}

/** A session cookie lives exactly as long as the session (`expiresAt` from the API). */
export function sessionCookieOptions(url: URL, expiresAt: string): CookieOptions {
  return { ...cookieOptions(url), expires: new Date(expiresAt) };
}
