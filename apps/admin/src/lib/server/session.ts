// The admin session cookie. Its name comes from web-kit's `cookieName` (`tandem_admin_session`,
// `__Host-tandem_admin_session` over HTTPS), apart from every storefront cookie, so a staff
// member's admin session and a shopping session on the same host never meet.
import type { Cookies } from '@sveltejs/kit';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import { cookieName, cookieOptions, sessionCookieOptions } from '@tandem/web-kit/cookies';
import type { FrontEndSite } from '@tandem/web-kit/site';

interface SessionEvent {
  cookies: Pick<Cookies, 'set' | 'delete'>;
  url: URL;
  locals: { auth: ApiAuth; site: FrontEndSite };
}

/** The name the admin session cookie has on `site`. */
export function adminSessionCookie(site: FrontEndSite): string {
  return cookieName(site, 'session');
}

export function startSession(event: SessionEvent, session: { token: string; expiresAt: string }): void {
  event.cookies.set(adminSessionCookie(event.locals.site), session.token, sessionCookieOptions(event.locals.site, event.url, session.expiresAt));
  event.locals.auth.sessionToken = session.token;
}

export function endSession(event: SessionEvent): void {
  event.cookies.delete(adminSessionCookie(event.locals.site), cookieOptions(event.locals.site, event.url));
  event.locals.auth.sessionToken = null;
}
