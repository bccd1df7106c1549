// The visitor's tracking choice and, only when they said yes, a random first-party visitor id.
// Without consent no identifying cookie is set and behaviour events go to the API without any id.
import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { Api } from './api';
import type { FrontEndSite } from '@tandem/web-kit/site';
import { cookieName, cookieOptions } from './cookies';

const YEAR = 365 * 24 * 60 * 60;

export interface VisitorState {
  /** Null until the visitor chooses. */
  consent: boolean | null;
  /** Only while consent is given. */
  id: string | null;
}

export function readVisitor(cookies: Pick<Cookies, 'get'>, site: FrontEndSite): VisitorState {
  const choice = cookies.get(cookieName(site, 'consent'));
  const consent = choice === 'yes' ? true : choice === 'no' ? false : null;
  const id = consent ? (cookies.get(cookieName(site, 'visitor')) ?? null) : null;
  return { consent, id: id && /^[A-Za-z0-9_-]{16,64}$/.test(id) ? id : null };
}

/** Stores the choice; a yes gets a visitor id, a no deletes it. */
export function chooseTracking(event: { cookies: Pick<Cookies, 'set' | 'delete'>; url: URL; locals: { site: FrontEndSite } }, consent: boolean, current: VisitorState): VisitorState {
  const { site } = event.locals;
  const options = cookieOptions(site, event.url);
  event.cookies.set(cookieName(site, 'consent'), consent ? 'yes' : 'no', { ...options, maxAge: YEAR });
  if (!consent) {
    event.cookies.delete(cookieName(site, 'visitor'), options);
    // Saying no also ends the affiliate click trail (see docs/decisions.md, "Attribution cookie").
    event.cookies.delete(cookieName(site, 'ref'), options);
    return { consent, id: null };
  }
  const id = current.id ?? randomBytes(18).toString('base64url');
  event.cookies.set(cookieName(site, 'visitor'), id, { ...options, maxAge: YEAR });
  return { consent, id };
}

type EventInput = Parameters<Api['recommendations']['record']['mutate']>[0]['events'][number];

/**
 * Sends behaviour events; a failure is only logged (losing a view event to an API hiccup is
 * acceptable, breaking a page is not). The returned promise never rejects: a load may start the
 * call early and await it at its end, so the next page the visitor opens already counts it.
 */
export function recordBehaviour(locals: { api: Api; visitor: VisitorState; recordedBehaviour?: EventInput[] }, events: EventInput[]): Promise<void> {
  if (events.length === 0) return Promise.resolve();
  // A render the page cache keeps: each visitor later served the copy records the same events.
  locals.recordedBehaviour?.push(...events);
  return locals.api.recommendations.record
    .mutate({ visitorId: locals.visitor.id ?? undefined, consent: locals.visitor.consent === true, events })
    .then(
      () => undefined,
      (error: unknown) => console.warn('Could not record behaviour:', error instanceof Error ? error.message : error),
    );
}

/** After sign-in or sign-up: the visitor's anonymous history joins the customer's. */
export async function claimVisitorHistory(locals: { api: Api; visitor: VisitorState }): Promise<void> {
  if (!locals.visitor.id) return;
  await locals.api.recommendations.claimVisitor.mutate({ visitorId: locals.visitor.id }).catch((error: unknown) => console.warn('Could not merge the visitor history:', error));
}
