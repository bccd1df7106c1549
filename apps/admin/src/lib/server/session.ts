// The admin session cookie. Named apart from the storefront's `tandem_session`, so a staff
// member's admin session and a shopping session on the same host never overwrite each other.
import type { Cookies } from '@sveltejs/kit';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import { cookieOptions, sessionCookieOptions } from '@tandem/web-kit/cookies';

export const ADMIN_SESSION_COOKIE = 'tandem_admin_session';

interface SessionEvent {
  cookies: Pick<Cookies, 'set' | 'delete'>;
  url: URL;
  locals: { auth: ApiAuth };
}

export function startSession(event: SessionEvent, session: { token: string; expiresAt: string }): void {
  event.cookies.set(ADMIN_SESSION_COOKIE, session.token, sessionCookieOptions(event.url, session.expiresAt));
  event.locals.auth.sessionToken = session.token;
}

export function endSession(event: SessionEvent): void {
  event.cookies.delete(ADMIN_SESSION_COOKIE, cookieOptions(event.url));
  event.locals.auth.sessionToken = null;
}
