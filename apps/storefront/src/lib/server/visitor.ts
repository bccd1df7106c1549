// The visitor's tracking choice and, only when they said yes, a random first-party visitor id.
// Without consent no identifying cookie is set and behaviour events go to the API without any id.
import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { Api } from './api';
import { cookieOptions } from './cookies';
import { REFERRAL_COOKIE } from './referral';

export const CONSENT_COOKIE = 'tandem_consent';
export const VISITOR_COOKIE = 'tandem_visitor';
const YEAR = 365 * 24 * 60 * 60;

export interface VisitorState {
  /** Null until the visitor chooses. */
  consent: boolean | null;
  /** Only while consent is given. */
  id: string | null;
}

export function readVisitor(cookies: Pick<Cookies, 'get'>): VisitorState {
  const choice = cookies.get(CONSENT_COOKIE);
  const consent = choice === 'yes' ? true : choice === 'no' ? false : null;
  const id = consent ? (cookies.get(VISITOR_COOKIE) ?? null) : null;
  return { consent, id: id && /^[A-Za-z0-9_-]{16,64}$/.test(id) ? id : null };
}

/** Stores the choice; a yes gets a visitor id, a no deletes it. */
export function chooseTracking(event: { cookies: Pick<Cookies, 'set' | 'delete'>; url: URL }, consent: boolean, current: VisitorState): VisitorState {
  event.cookies.set(CONSENT_COOKIE, consent ? 'yes' : 'no', { ...cookieOptions(event.url), maxAge: YEAR });
  if (!consent) {
    event.cookies.delete(VISITOR_COOKIE, cookieOptions(event.url));
    // Saying no also ends the affiliate click trail (see docs/decisions.md, "Attribution cookie").
    event.cookies.delete(REFERRAL_COOKIE, cookieOptions(event.url));
    return { consent, id: null };
  }
  const id = current.id ?? randomBytes(18).toString('base64url');
  event.cookies.set(VISITOR_COOKIE, id, { ...cookieOptions(event.url), maxAge: YEAR });
  return { consent, id };
}

type EventInput = Parameters<Api['recommendations']['record']['mutate']>[0]['events'][number];

/**
 * Sends behaviour events without making the page wait: the call starts now and its outcome is
 * only logged. Losing a view event to an API hiccup is acceptable; slowing every page is not.
 */
export function recordBehaviour(locals: { api: Api; visitor: VisitorState }, events: EventInput[]): void {
  if (events.length === 0) return;
  locals.api.recommendations.record
    .mutate({ visitorId: locals.visitor.id ?? undefined, consent: locals.visitor.consent === true, events })
    .catch((error: unknown) => console.warn('Could not record behaviour:', error instanceof Error ? error.message : error));
}

/** After sign-in or sign-up: the visitor's anonymous history joins the customer's. */
export async function claimVisitorHistory(locals: { api: Api; visitor: VisitorState }): Promise<void> {
  if (!locals.visitor.id) return;
  await locals.api.recommendations.claimVisitor.mutate({ visitorId: locals.visitor.id }).catch((error: unknown) => console.warn('Could not merge the visitor history:', error));
}
