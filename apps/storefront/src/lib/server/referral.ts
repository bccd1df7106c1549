// The affiliate attribution cookie: an opaque token naming the visitor's click trail (the API
// keeps the clicks; the cookie holds nothing else). First-party, HttpOnly, SameSite=Lax, Secure
// over HTTPS, and it lives as long as the programme's attribution window.
import type { Cookies } from '@sveltejs/kit';
import { cookieOptions } from './cookies';
import type { VisitorState } from './visitor';

export const REFERRAL_COOKIE = 'tandem_ref';

/** The link sources the tracked-link contract knows (`src=`); anything else counts as `link`. */
const SOURCES = new Set(['link', 'widget', 'ring', 'content']);

export function sourceOf(raw: string | null): 'link' | 'widget' | 'ring' | 'content' {
  return raw && SOURCES.has(raw) ? (raw as 'link') : 'link';
}

/**
 * Keeps the token the API returned. A visitor who said no to tracking keeps none: their click
 * still counts in the partner's figures, but cannot attribute a sale.
 */
export function keepReferral(
  event: { cookies: Pick<Cookies, 'set'>; url: URL },
  visitor: VisitorState,
  click: { referralToken: string | null; maxAgeSeconds: number },
): boolean {
  if (!click.referralToken || visitor.consent === false) return false;
  event.cookies.set(REFERRAL_COOKIE, click.referralToken, { ...cookieOptions(event.url), maxAge: click.maxAgeSeconds });
  return true;
}
