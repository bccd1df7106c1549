// The affiliate attribution cookie: an opaque token naming the visitor's click trail (the API
// keeps the clicks; the cookie holds nothing else). First-party, HttpOnly, SameSite=Lax, Secure
// over HTTPS, and it lives as long as the programme's attribution window.
import type { Cookies } from '@sveltejs/kit';
import type { FrontEndSite } from '@tandem/web-kit/site';
import { cookieName, cookieOptions } from './cookies';
import type { VisitorState } from './visitor';

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
  event: { cookies: Pick<Cookies, 'set'>; url: URL; locals: { site: FrontEndSite } },
  visitor: VisitorState,
  click: { referralToken: string | null; maxAgeSeconds: number },
): boolean {
  if (!click.referralToken || visitor.consent === false) return false;
  event.cookies.set(cookieName(event.locals.site, 'ref'), click.referralToken, { ...cookieOptions(event.locals.site, event.url), maxAge: click.maxAgeSeconds });
  return true;
}
